import { type Locator, type Page } from '@playwright/test';
import { getEditorMessages } from '../lib/i18n/admin-editor';
import { expectNoAxeViolations } from './support/axe';
import { LoginPage } from './support/pages/login-page';
import { expect, test, type SignIn } from './support/test';

const suffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Words (split at spaces and dashes) whose letters the browser laid out on more than one line. */
function brokenWords(root: Locator) {
  return root.evaluate((element) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.getClientRects().length === 0) continue; // not rendered (display:none)
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[^\s\-\u2010-\u2014/]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
}

/** Links to the stories shown (a hidden copy of the list has no box and is left out). */
const storyLinks = (page: Page) => page.locator('main a[href^="/admin/articles/"]:not([href$="/new"]):visible');

/** Widths of the blocks that hold each shown story's title. */
async function titleWidths(page: Page) {
  return storyLinks(page).evaluateAll((links) =>
    links.map((link) => link.parentElement!.getBoundingClientRect().width),
  );
}

/** An editor whose admin speaks Arabic, made by the admin through the staff screen. */
async function arabicEditor(page: Page, signIn: SignIn) {
  const account = { email: `list-ar-${suffix()}@e2e.test`, password: 'list-arabic-password-123' };
  await signIn(page, 'admin', '/admin/staff');
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Create account' }) });
  await form.getByLabel('Email').fill(account.email);
  await form.getByLabel('Name', { exact: true }).fill('محررة القائمة');
  await form.getByLabel('Role').selectOption('editor');
  await form.getByLabel('Admin language').selectOption('ar');
  await form.getByLabel('Password').fill(account.password);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByRole('status')).toHaveText(`Account created for ${account.email}.`);
  await page.context().clearCookies();
  const login = new LoginPage(page);
  await login.goto('/admin');
  await login.fill(account.email, account.password);
  await login.submit();
  await expect(page).toHaveURL(/\/admin$/);
}

for (const locale of ['en', 'ar'] as const) {
  const t = getEditorMessages(locale).list;
  const signInAs = (page: Page, signIn: SignIn) =>
    locale === 'en' ? signIn(page, 'editor', '/admin') : arabicEditor(page, signIn);

  test.describe(`article list (${locale})`, () => {
    test.slow(); // signs in, and the Arabic run first creates its account
    test(`at 1280 px: a table, no word broken`, async ({ page, signIn }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await signInAs(page, signIn);
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
      await expect(storyLinks(page).first()).toBeVisible();
      expect(await brokenWords(page.getByRole('main'))).toEqual([]);
      // The title column stays a comfortable reading width.
      expect((await titleWidths(page)).filter((w) => w < 200)).toEqual([]);
      const table = page.getByRole('table', { name: t.title });
      await expect(table).toBeVisible();
      await expect(page.getByRole('list', { name: t.title })).toBeHidden();
      expect(await table.getByRole('row').count()).toBeGreaterThan(5);
    });

    test(`at 390 px: cards with the title first, no word broken`, async ({ page, signIn }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await signInAs(page, signIn);
      await expect(storyLinks(page).first()).toBeVisible();
      expect(await brokenWords(page.getByRole('main'))).toEqual([]);
      expect((await titleWidths(page)).filter((w) => w < 200)).toEqual([]);
      await expect(page.getByRole('table', { name: t.title })).toBeHidden();
      const cards = page.getByRole('list', { name: t.title }).getByRole('listitem');
      await expect(cards.first()).toBeVisible();
      const count = await cards.count();
      expect(count).toBeGreaterThan(5);
      for (let i = 0; i < Math.min(count, 8); i++) {
        const card = cards.nth(i);
        const title = card.locator('[data-cell="title"]');
        const titleBox = (await title.boundingBox())!;
        expect(titleBox.width).toBeGreaterThanOrEqual(200);
        // Title first, then status, section, author and dates, in reading order.
        const labels = (await card.locator('dt').allInnerTexts()).map((s) => s.replace(/:$/, ''));
        expect(labels).toEqual([
          t.columns.status,
          t.columns.language,
          t.columns.section,
          t.columns.author,
          t.columns.updated,
          t.columns.published,
        ]);
        const statusBox = (await card.locator('[data-cell="status"]').boundingBox())!;
        expect(statusBox.y).toBeGreaterThanOrEqual(titleBox.y + titleBox.height - 1);
        // The title starts on the reading side: the right in Arabic, the left in English.
        const link = (await title.getByRole('link').first().boundingBox())!;
        const cardBox = (await card.boundingBox())!;
        if (locale === 'ar') expect(cardBox.x + cardBox.width - (link.x + link.width)).toBeLessThan(4);
        else expect(link.x - cardBox.x).toBeLessThan(4);
      }
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
      ).toBe(true);
      await expectNoAxeViolations(page);
    });
  });
}
