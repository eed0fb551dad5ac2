import { expect, test } from '@playwright/test';

/** The reader's last language (maydan.locale cookie) decides where `/` leads. */
test.describe('the language is remembered for /', () => {
  test('after reading /ar, / leads to /ar even when the browser asks for French', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/fr$/);
    await page.goto('/ar');
    await page.goto('/');
    await expect(page).toHaveURL(/\/ar$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    // Switching language is remembered the same way.
    await page.getByRole('navigation', { name: 'اللغة' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await context.close();
  });

  test('the cookie holds the locale only, for a year, SameSite=Lax, and is sent only when it changes', async ({
    playwright,
    baseURL,
  }) => {
    const api = await playwright.request.newContext({ baseURL });
    const first = await api.get('/ar/section/%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF');
    expect(first.status()).toBe(200);
    const cookies = first
      .headersArray()
      .filter((h) => h.name.toLowerCase() === 'set-cookie')
      .map((h) => h.value);
    expect(cookies).toHaveLength(1);
    const [pair, ...attributes] = cookies[0]!.split(';').map((s) => s.trim());
    expect(pair).toBe('maydan.locale=ar');
    expect(
      attributes
        .map((a) => a.toLowerCase())
        .filter((a) => !a.startsWith('expires='))
        .sort(),
    ).toEqual(['httponly', 'max-age=31536000', 'path=/', 'samesite=lax']);
    // That answer is this reader's: no shared cache keeps it with its cookie.
    expect(first.headers()['cache-control']).toMatch(/private|no-store/);
    // The same language again: no Set-Cookie (the cached page is answered as it is).
    const again = await api.get('/ar');
    expect(again.headersArray().some((h) => h.name.toLowerCase() === 'set-cookie')).toBe(false);
    const root = await api.get('/', { maxRedirects: 0, headers: { 'accept-language': 'fr' } });
    expect(root.status()).toBe(307);
    expect(new URL(root.headers().location!, baseURL).pathname).toBe('/ar');
    expect(root.headers().vary).toMatch(/cookie/i);
    // Another reader, without the cookie, asking for the same cached page gets their own answer.
    const other = await playwright.request.newContext({ baseURL });
    const theirs = await other.get('/fr');
    expect(theirs.headers()['set-cookie']).toMatch(/^maydan\.locale=fr;/);
    expect(
      (await other.get('/', { maxRedirects: 0, headers: { 'accept-language': 'ar' } })).headers().location,
    ).toMatch(/\/fr$/);
    await api.dispose();
    await other.dispose();
  });

  test('without the cookie Accept-Language decides; a foreign cookie value is ignored', async ({
    playwright,
    baseURL,
  }) => {
    const api = await playwright.request.newContext({ baseURL });
    for (const [language, expected] of [
      ['fr-CA,fr;q=0.9', '/fr'],
      ['ar', '/ar'],
      ['en', '/en'],
    ] as const) {
      const response = await api.get('/', { maxRedirects: 0, headers: { 'accept-language': language } });
      expect(new URL(response.headers().location!, baseURL).pathname, language).toBe(expected);
    }
    for (const value of ['xx', 'ar%00', '../ar', '']) {
      const response = await api.get('/', {
        maxRedirects: 0,
        headers: { 'accept-language': 'fr', cookie: `maydan.locale=${value}` },
      });
      expect(new URL(response.headers().location!, baseURL).pathname, value).toBe('/fr');
    }
    await api.dispose();
  });
});

test.describe('wording', () => {
  test('an Arabic story without comments says so once', async ({ page }) => {
    // The demo's restoration of Zaghran's old town has no comments.
    await page.goto(
      '/ar/article/%D8%AA%D8%B1%D9%85%D9%8A%D9%85-%D9%85%D8%AF%D9%8A%D9%86%D8%A9-%D8%B2%D8%BA%D8%B1%D8%A7%D9%86-%D8%A7%D9%84%D8%B9%D8%AA%D9%8A%D9%82%D8%A9',
    );
    const comments = page.locator('#comments');
    await expect(page.locator('#comments-heading')).toHaveText('التعليقات');
    await expect(comments.getByText('لا توجد تعليقات بعد.')).toHaveCount(1);
    await expect(comments).not.toContainText('لا تعليقات');
  });

  test('French puts a narrow no-break space before the colon of "Lire en"', async ({ page }) => {
    await page.goto('/fr/article/municipales-scrutin-12-octobre');
    await expect(page.getByRole('navigation', { name: 'Lire en' })).toContainText('Lire en\u202f:');
  });
});
