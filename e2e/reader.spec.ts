import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, hasHorizontalScroll } from './support/axe';

test.describe('reader journey', () => {
  test('English: home → section → article → related story → translation', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Politics' }).click();
    await expect(page).toHaveURL(/\/en\/section\/politics$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Politics');

    const firstStory = page.getByRole('main').getByRole('heading', { level: 2 }).first();
    const title = (await firstStory.textContent())!.trim();
    await firstStory.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('main').locator('time[datetime]').first()).toBeVisible();
    await expect(page.getByRole('link', { name: /./ }).and(page.locator('[rel="author"]'))).toBeVisible();

    const related = page.getByRole('complementary', { name: 'Check also' });
    await expect(related).toBeVisible();
    const relatedLink = related.getByRole('link').first();
    const relatedTitle = (await relatedLink.textContent())!.trim();
    expect(relatedTitle).not.toBe(title);
    // Each related story shows its summary (dek) under its headline, as the outlets' themes do.
    const relatedDek = (await related.getByRole('listitem').first().locator('[data-dek]').textContent())!.trim();
    expect(relatedDek.length).toBeGreaterThan(20);
    await relatedLink.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(relatedTitle);
    await expect(page.getByRole('main').getByText(relatedDek, { exact: true })).toBeVisible();

    // Go to a story that has translations and follow "Read in".
    await page.goto('/en/article/assembly-passes-2027-budget');
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
    expect(alternates.sort()).toEqual(['ar', 'en', 'fr', 'x-default']);
    await page.getByRole('navigation', { name: 'Read in' }).getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/article\//);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('budget');
    await context.close();
  });

  test('Arabic: right-to-left journey with percent-encoded slugs', async ({ browser }) => {
    // The browser's own language decides where `/` leads.
    const context = await browser.newContext({ locale: 'ar-MA' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/ar$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');

    await page.getByRole('navigation', { name: 'الأقسام' }).getByRole('link', { name: 'اقتصاد' }).click();
    await expect(page).toHaveURL(/\/ar\/section\/%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('اقتصاد');

    const story = page.getByRole('main').getByRole('heading', { level: 2 }).first();
    const title = (await story.textContent())!.trim();
    await story.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const related = page.getByRole('complementary', { name: 'شاهد أيضاً' });
    await expect(related).toBeVisible();
    await related.getByRole('link').first().click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

    await page.goto('/ar');
    await page
      .getByRole('link', { name: /المجلس الوطني يصادق/ })
      .first()
      .click();
    await page.getByRole('navigation', { name: 'اقرأ بـ' }).getByRole('link', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('budget');
    await context.close();
  });

  test('language switcher keeps the section', async ({ page }) => {
    await page.goto('/en/section/economy');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/section\/economie$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Économie');
  });

  test('threaded approved comments show without emails; pending ones stay hidden', async ({ page, request }) => {
    await page.goto('/en/article/assembly-passes-2027-budget');
    const comments = page.getByRole('region', { name: /comment/ });
    await expect(comments.getByRole('listitem').first()).toBeVisible();
    await expect(comments.locator('ol ol li').first()).toBeVisible();
    const html = await (await request.get('/en/article/assembly-passes-2027-budget')).text();
    expect(html).not.toMatch(/@example\.com/);
  });
});

test.describe('not found and bad URLs', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of [
    '/en/article/no-such-story',
    '/ar/article/%D9%84%D8%A7-%D8%B4%D9%8A%D8%A1',
    '/fr/section/inconnue',
    '/en/tag/nothing-here',
    '/en/author/nobody',
    '/en/article/draft-new-water-tariffs',
    '/en/article/scheduled-budget-hearing-live',
    '/en/some/odd/path',
    `/en/article/${'x'.repeat(400)}`,
    '/en/article/%E0%A4%A',
    '/en/article/..%2F..%2Fetc%2Fpasswd',
  ]) {
    test(`404 with a readable page: ${path.slice(0, 50)}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      const locale = path.split('/')[1];
      await expect(page.locator('html')).toHaveAttribute('lang', locale!);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        locale === 'ar' ? 'الصفحة غير موجودة' : locale === 'fr' ? 'Page introuvable' : 'Page not found',
      );
    });
  }

  test('unknown locale and bare paths redirect to a language, never 500', async ({ request }) => {
    const bare = await request.get('/politics', { maxRedirects: 0, headers: { 'accept-language': 'fr' } });
    expect(bare.status()).toBe(307);
    expect(bare.headers().location).toMatch(/\/fr\/politics$/);
    for (const path of [
      '/xx/article/foo',
      '/%E0%A4%A',
      '/en/section/politics/page/0',
      '/en/section/politics/page/abc',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
    }
  });
});

test.describe('phone, accessibility and speed', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of ['/en', '/ar', '/fr/section/culture', '/en/article/assembly-passes-2027-budget']) {
    test(`no horizontal scroll at 360px: ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await hasHorizontalScroll(page)).toBe(false);
    });
  }

  test('skip link moves focus to the main content and focus is visible', async ({ page }) => {
    await page.goto('/en');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('reader pages are served from the page cache', async ({ request }) => {
    await request.get('/en/article/assembly-passes-2027-budget');
    const second = await request.get('/en/article/assembly-passes-2027-budget');
    expect(second.headers()['x-nextjs-cache']).toBe('HIT');
  });
});

test.describe('axe-core: no violations', () => {
  for (const locale of ['en', 'fr', 'ar'] as const) {
    test(`home, section and article in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expectNoAxeViolations(page);
      await page
        .getByRole('navigation')
        .filter({ has: page.locator('ul') })
        .nth(1)
        .getByRole('link')
        .nth(1)
        .click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/section/`));
      await expectNoAxeViolations(page);
      await page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/article/`));
      await expectNoAxeViolations(page);
    });
  }
});
