import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { startSystemServer, systemStaff, type SystemServer } from './system-server';
import { solve } from './support/captcha';

/**
 * PostgreSQL stops while the site is in use, then comes back: cached reader pages keep
 * answering, failures are a short localized apology (never a stack or Next's default page),
 * a comment typed during the outage is kept with a "try again", and everything works again
 * without restarting the app.
 */
const ARTICLE = '/en/article/assembly-passes-2027-budget';
const ARTICLE_AR =
  '/ar/article/%D8%A7%D9%84%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A-%D9%8A%D8%B5%D8%A7%D8%AF%D9%82-%D8%B9%D9%84%D9%89-%D9%85%D9%8A%D8%B2%D8%A7%D9%86%D9%8A%D8%A9-2027';
const CACHED = ['/en', '/fr', ARTICLE, ARTICLE_AR, '/en/section/politics'];
// lib/reader-index.ts reloads its list of reader URLs from the database this often.
const READER_INDEX_REFRESH_MS = 15_000;
const LEAKS = /ECONNREFUSED|Failed query|Internal Server Error|Application error|node_modules|\bat [\w.<>]+ \(/;

let server: SystemServer;

test.beforeAll(async () => {
  server = await startSystemServer();
});

test.afterAll(async ({}, testInfo) => {
  await server?.close(testInfo.outputPath('server.log'));
});

/** The page's heading, as a reader sees it without JavaScript. */
async function heading(request: APIRequestContext, path: string) {
  const response = await request.get(server.baseURL + path);
  const html = await response.text();
  return {
    status: response.status(),
    h1:
      html
        .match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1]
        ?.replace(/<[^>]+>/g, '')
        .trim() ?? null,
    html,
  };
}

test('the site rides out a database outage and recovers by itself', async ({ browser, request }) => {
  const reader = await browser.newContext({
    baseURL: server.baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.7' },
  });
  const staff = await browser.newContext({ baseURL: server.baseURL, locale: 'fr-FR' });
  const comment = {
    name: 'Amal Outage',
    email: 'amal.outage@example.net',
    body: 'Typed while the database was away: keep every word.',
  };
  const headings = new Map<string, string>();
  let article: Page;
  let admin: Page;

  await test.step('before: pages are cached, staff signed in, a reader opens the comment form', async () => {
    for (const path of CACHED) {
      const first = await heading(request, path);
      expect(first.status, path).toBe(200);
      expect(first.h1, path).toBeTruthy();
      headings.set(path, first.h1!);
    }
    admin = await staff.newPage();
    await admin.goto('/admin/login');
    await admin.getByLabel(/e-mail/i).fill(systemStaff.email);
    await admin.getByLabel(/mot de passe/i).fill(systemStaff.password);
    await admin.getByRole('button', { name: /connexion|se connecter/i }).click();
    await expect(admin).toHaveURL(/\/admin\/?$/);
    article = await reader.newPage();
    await article.goto(ARTICLE);
    await expect(article.locator('label', { hasText: 'Solve' })).toBeVisible();
  });

  server.pg.stop();
  const stoppedAt = Date.now();

  await test.step('outage: cached reader pages still answer 200 with their content', async () => {
    for (const path of CACHED) {
      const page = await heading(request, path);
      expect(page.status, path).toBe(200);
      expect(page.h1, path).toBe(headings.get(path));
    }
  });

  await test.step('outage: an uncached reader page answers 500 with the localized apology', async () => {
    const raw = await heading(request, '/en/article/a-story-never-cached');
    expect([500, 503]).toContain(raw.status);
    expect(raw.html).not.toMatch(LEAKS);
    const page = await reader.newPage();
    const response = await page.goto('/ar/article/%D9%82%D8%B5%D8%A9-%D9%84%D9%85-%D8%AA%D9%83%D8%AA%D8%A8');
    expect([500, 503]).toContain(response!.status());
    await expect(page.getByRole('heading', { name: 'هذه الصفحة غير متاحة مؤقتاً' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByText('حدث خطأ من جهتنا. يُرجى المحاولة مجدداً بعد قليل.')).toBeVisible();
    expect(await page.content()).not.toMatch(LEAKS);
    await page.close();
    // Without JavaScript the server sends the apology document itself.
    const noScript = await browser.newContext({ baseURL: server.baseURL, javaScriptEnabled: false });
    const plain = await noScript.newPage();
    const answer = await plain.goto('/fr/article/une-histoire-jamais-vue');
    expect([500, 503]).toContain(answer!.status());
    await expect(plain.getByRole('heading', { name: 'Cette page est momentanément indisponible' })).toBeVisible();
    await expect(plain.locator('html')).toHaveAttribute('lang', 'fr');
    expect(await plain.content()).not.toMatch(LEAKS);
    await noScript.close();
  });

  await test.step('outage: the admin answers 503 with the apology in the browser’s language', async () => {
    const response = await admin.goto('/admin');
    expect(response!.status()).toBe(503);
    await expect(admin.getByRole('heading', { name: 'Cette page est momentanément indisponible' })).toBeVisible();
    expect(await admin.content()).not.toMatch(LEAKS);
  });

  await test.step('outage: posting a comment says "try again" and keeps everything typed', async () => {
    await article.getByLabel(/^Name/).fill(comment.name);
    await article.getByLabel(/^Email/).fill(comment.email);
    await article.getByLabel(/^Comment/).fill(comment.body);
    await article.getByLabel(/Solve/).fill(await solve(article));
    await article.getByRole('button', { name: 'Post comment' }).click();
    // While the server is away the answer can take several seconds (the page's reads fail one
    // by one before the action's own does; measured up to ~17 s on a loaded 2-core machine).
    await expect(article.getByText(/try again/i)).toBeVisible({ timeout: 60_000 });
    await expect(article.getByLabel(/^Name/)).toHaveValue(comment.name);
    await expect(article.getByLabel(/^Email/)).toHaveValue(comment.email);
    await expect(article.getByLabel(/^Comment/)).toHaveValue(comment.body);
  });

  await test.step('outage: cached pages still answer once the reader index could not be refreshed', async () => {
    // The proxy checks reader URLs against an index it reloads from the database every 15 s;
    // a failed reload must not take the cached pages down with it.
    const remaining = stoppedAt + READER_INDEX_REFRESH_MS + 1000 - Date.now();
    if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining));
    const page = await heading(request, ARTICLE);
    expect(page.status).toBe(200);
    expect(page.h1).toBe(headings.get(ARTICLE));
  });

  server.pg.start();

  await test.step('recovery: the same comment posts, without restarting the app', async () => {
    // The reader retries once the site says it is ready again (PostgreSQL takes a moment to accept connections).
    await expect
      .poll(async () => (await request.get(`${server.baseURL}/api/ready`)).status(), { timeout: 30_000 })
      .toBe(200);
    await article.getByLabel(/Solve/).fill(await solve(article));
    await article.getByRole('button', { name: 'Post comment' }).click();
    await expect(article.getByRole('status')).toContainText('awaiting moderation');
    await expect(article.getByRole('region', { name: 'Your comments awaiting moderation' })).toContainText(
      comment.body,
    );
  });

  await test.step('recovery: the admin and a page never rendered before work again', async () => {
    const response = await admin.goto('/admin');
    expect(response!.status()).toBe(200);
    await expect(admin.getByRole('heading', { name: 'Cette page est momentanément indisponible' })).toHaveCount(0);
    await expect(admin.getByRole('navigation').first()).toBeVisible();
    const fresh = await heading(request, '/fr/section/economie');
    expect(fresh.status).toBe(200);
    expect(fresh.h1).toBeTruthy();
    expect((await request.get(`${server.baseURL}/en/article/a-story-never-cached`)).status()).toBe(404);
  });

  await reader.close();
  await staff.close();
});

test('without JavaScript, a comment posted during an outage says "try again" and keeps everything typed', async ({
  browser,
}) => {
  const context = await browser.newContext({
    baseURL: server.baseURL,
    javaScriptEnabled: false,
    extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.8' },
  });
  const page = await context.newPage();
  const body = 'Written without JavaScript while the database was away.';
  // The article is in the page cache before the outage, whatever ran before this test.
  expect((await page.goto(ARTICLE))!.status()).toBe(200);
  server.pg.stop();
  try {
    // The article page is cached: it still answers, with its form.
    expect((await page.goto(ARTICLE))!.status()).toBe(200);
    await page.getByLabel(/^Name/).fill('Nour Offline');
    await page.getByLabel(/^Email/).fill('nour.offline@example.net');
    await page.getByLabel(/^Comment/).fill(body);
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.getByText(/try again/i)).toBeVisible({ timeout: 60_000 });
    await expect(page.getByLabel(/^Comment/)).toHaveValue(body);
    await expect(page.getByLabel(/^Name/)).toHaveValue('Nour Offline');
  } finally {
    server.pg.start();
    await context.close();
  }
});
