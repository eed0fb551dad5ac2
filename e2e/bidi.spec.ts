import { type Page } from '@playwright/test';
import { unique } from './moderation-helpers';
import { ArticlePage, ARTICLE_AR } from './support/pages/article-page';
import { LoginPage } from './support/pages/login-page';
import { expect, test } from './support/test';

/**
 * Latin fragments a right-to-left paragraph would scramble (URLs, emails, file names, code: runs
 * with `: / @ .`) that sit in right-to-left text without isolation. Isolated means inside an
 * element laid out left to right (`dir`, `<bdi>`, code), or between Unicode isolates.
 */
async function unisolatedLatin(page: Page): Promise<string[]> {
  return page.locator('body').evaluate((body) => {
    const faults: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || !/[A-Za-z]/.test(text) || parent.closest('script, style, template, noscript')) continue;
      if (getComputedStyle(parent).direction === 'ltr') continue;
      const outside = text.replace(/[\u2066\u2067\u2068][^\u2069]*\u2069/g, ' ');
      for (const [run] of outside.matchAll(/\S*[A-Za-z]\S*/g)) {
        if (/[:/@.]/.test(run.replace(/^[(«]|[)»،.:]$/g, ''))) faults.push(`${parent.tagName.toLowerCase()}: ${run}`);
      }
    }
    return faults;
  });
}

/** True when the element (or one of its ancestors up to `levels`) starts an isolated run. */
async function isIsolated(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (['isolate', 'isolate-override', 'plaintext'].includes(style.unicodeBidi)) return true;
        if (/^(P|LI|DD|TD|TH|DIV|BLOCKQUOTE|H\d)$/.test(e.tagName)) return false;
      }
      return false;
    });
}

test.describe('Latin inside Arabic is isolated', () => {
  test('reader: bylines, commenter names and code in the article body', async ({ page }) => {
    await page.goto(ARTICLE_AR);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await isIsolated(page, 'main [rel="author"] bdi')).toBe(true);
    const names = page.locator('#comments li article strong');
    expect(await names.count()).toBeGreaterThan(0);
    expect(await names.locator('bdi').count()).toBe(await names.count());
    // Code in an article body (the sanitizer keeps <code> and <pre>) reads left to right, isolated.
    const code = await page.locator('main .prose-article').evaluate((body) => {
      const p = document.createElement('p');
      p.innerHTML = 'شغّل <code>npm run db:migrate</code> ثم <pre>SITE_URL=https://example.org</pre>';
      body.append(p);
      return [...p.querySelectorAll('code, pre')].map(
        (el) => `${getComputedStyle(el).direction} ${getComputedStyle(el).unicodeBidi}`,
      );
    });
    expect(code).toEqual(['ltr isolate', 'ltr isolate']);
    expect(await unisolatedLatin(page)).toEqual([]);
  });

  test('admin in Arabic: staff emails, the comment queue (email, website, address), sections and tags', async ({
    browser,
    page,
    signIn,
  }) => {
    test.setTimeout(240_000);
    const id = unique();
    const account = { email: `bidi-${id}@e2e.test`, name: `Bidi Admin ${id}`, password: 'bidi-admin-password-123' };
    await signIn(page, 'admin', '/admin/staff');
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Create account' }) });
    await form.getByLabel('Email').fill(account.email);
    await form.getByLabel('Name', { exact: true }).fill(account.name);
    await form.getByLabel('Role').selectOption('admin');
    await form.getByLabel('Admin language').selectOption('ar');
    await form.getByLabel('Password').fill(account.password);
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(form.getByRole('status')).toContainText(account.email);

    // A reader with a Latin name, email and website comments on the Arabic story (held for moderation).
    const readerContext = await browser.newContext();
    const article = new ArticlePage(await readerContext.newPage(), ARTICLE_AR);
    await article.page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.20.${process.pid % 250}.7` });
    await article.goto();
    await article.postComment({
      name: `Jean Dupont ${id}`,
      email: `jean.${id}@example.fr`,
      website: 'https://jean.example.fr/blog',
      body: `تعليق من قارئ ${id}`,
    });
    await readerContext.close();

    const context = await browser.newContext();
    const admin = await context.newPage();
    const login = new LoginPage(admin);
    await login.goto('/admin/staff');
    await login.fill(account.email, account.password);
    await login.submit();
    await expect(admin.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(admin.getByText(account.email)).toBeVisible();
    expect(await unisolatedLatin(admin)).toEqual([]);

    await admin.goto('/admin/comments');
    const row = admin.locator('[data-comment-row]').filter({ hasText: `Jean Dupont ${id}` });
    await expect(row).toBeVisible();
    await row.getByText('التفاصيل').click();
    expect(await row.getByText(`jean.${id}@example.fr`).evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe(
      'isolate',
    );
    expect(await row.getByText('https://jean.example.fr/blog').evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe(
      'isolate',
    );
    expect(await unisolatedLatin(admin)).toEqual([]);

    for (const path of ['/admin/sections', '/admin/tags', '/admin/audit']) {
      await admin.goto(path);
      expect(await unisolatedLatin(admin), path).toEqual([]);
    }
    await context.close();
  });
});
