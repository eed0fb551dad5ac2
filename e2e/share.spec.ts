import type { APIRequestContext } from '@playwright/test';
import sharp from 'sharp';
import { getShareMessages } from '../lib/i18n/share';
import { getMessages } from '../lib/i18n/messages';
import { SHARE_TARGETS } from '../lib/share/links';
import { expectNoAxeViolations } from './support/axe';
import { EditorPage } from './support/pages/editor-page';
import { readPageMetadata } from './support/page-metadata';
import { expect, test } from './support/test';

const port = Number(process.env.E2E_PORT || 3100);
const site = `http://127.0.0.1:${port}`;

const budget = {
  en: '/en/article/assembly-passes-2027-budget',
  ar: `/ar/article/${encodeURIComponent('المجلس-الوطني-يصادق-على-ميزانية-2027')}`,
} as const;

/** Fetches a link-preview image and answers its format and size in pixels. */
async function previewImage(request: APIRequestContext, url: string) {
  expect(url.startsWith(`${site}/`), `${url} is absolute on SITE_URL`).toBe(true);
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/(png|jpeg)$/);
  const meta = await sharp(await response.body()).metadata();
  return { format: meta.format, width: meta.width, height: meta.height, headers: response.headers() };
}

for (const language of ['en', 'ar'] as const) {
  const t = getShareMessages(language);

  test.describe(`sharing a story (${language})`, () => {
    test('plain links to each service with the canonical address, mirrored in Arabic, axe clean', async ({ page }) => {
      await page.goto(budget[language]);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      const headline = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
      const box = page.getByRole('region', { name: t.heading });
      await expect(box).toBeVisible();
      const links = box.getByRole('link');
      await expect(links).toHaveCount(SHARE_TARGETS.length);
      for (const [i, target] of SHARE_TARGETS.entries()) {
        const link = links.nth(i);
        await expect(link).toContainText(t.targets[target]);
        const href = (await link.getAttribute('href'))!;
        const url = new URL(href);
        const values = [...url.searchParams.values()].join(' ');
        // Only the page's own address (and its headline where the service takes text).
        expect(values, target).toContain(canonical!);
        expect(href).not.toMatch(/utm_|fbclid/);
        if (target === 'email') {
          expect(url.protocol).toBe('mailto:');
          expect(url.searchParams.get('subject')).toBe(headline);
          expect(await link.getAttribute('target')).toBeNull();
        } else {
          expect(url.protocol).toBe('https:');
          expect(await link.getAttribute('target')).toBe('_blank');
          expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
          await expect(link).toHaveAccessibleName(`${t.targets[target]} ${t.newTab}`);
        }
      }
      // The row follows the page's direction: X is at the right in Arabic, at the left in English.
      const first = (await links.first().boundingBox())!;
      const second = (await links.nth(1).boundingBox())!;
      if (language === 'ar') expect(first.x).toBeGreaterThan(second.x);
      else expect(first.x).toBeLessThan(second.x);
      // With JavaScript: "copy link" joins the row.
      await expect(box.getByRole('button', { name: t.copy })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('copy link puts the canonical address on the clipboard and says so', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
      await page.goto(budget[language]);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      const box = page.getByRole('region', { name: t.heading });
      await box.getByRole('button', { name: t.copy }).click();
      await expect(box.locator('[data-share-status][aria-live="polite"]')).toHaveText(t.copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    });

    test('the phone’s share sheet gets the headline and the address (Web Share API)', async ({ page }) => {
      // Desktop Chromium has no share sheet: stand one in that records what it is given.
      await page.addInitScript(() => {
        const shared: ShareData[] = [];
        Object.assign(window, { __shared: shared });
        navigator.share = async (data?: ShareData) => {
          shared.push(data ?? {});
        };
      });
      await page.goto(budget[language]);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      const headline = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
      await page.getByRole('region', { name: t.heading }).getByRole('button', { name: t.more }).click();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared))
        .toEqual([{ title: headline, url: canonical }]);
    });

    test('without JavaScript the links stay and no dead button shows', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(budget[language]);
      const box = page.getByRole('region', { name: t.heading });
      await expect(box.getByRole('link')).toHaveCount(SHARE_TARGETS.length);
      await expect(box.getByRole('button')).toHaveCount(0);
      await context.close();
    });

    test('link previews: the story’s 1200×630 photo crop, the language card on the home page', async ({
      page,
      request,
    }) => {
      await page.goto(budget[language]);
      let head = await readPageMetadata(page);
      const [story] = head.meta['og:image']!;
      expect(story).toMatch(/-share\.jpg$/);
      expect(await previewImage(request, story!)).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
      expect(head.meta['og:image:width']).toEqual(['1200']);
      expect(head.meta['og:image:height']).toEqual(['630']);

      await page.goto(`/${language}`);
      head = await readPageMetadata(page);
      const [card] = head.meta['og:image']!;
      expect(card).toMatch(new RegExp(`/${language}/share\\.png\\?v=`));
      const served = await previewImage(request, card!);
      expect(served).toMatchObject({ format: 'png', width: 1200, height: 630 });
      // Its URL names what it shows, so it may be kept for good.
      expect(served.headers['cache-control']).toContain('immutable');
      expect(head.meta['twitter:card']).toEqual(['summary_large_image']);
      expect(head.meta['og:image:alt']).toEqual([getMessages(language).siteName]);
    });
  });
}

test('a story without a picture gets a drawn card of its headline; unknown stories have none', async ({
  page,
  request,
  signIn,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'editor', '/admin/articles/new');
  const editor = new EditorPage(page);
  const cards: Record<string, string> = {};
  for (const language of ['ar', 'en'] as const) {
    await editor.gotoNew();
    await editor.form.getByLabel('Language').selectOption(language);
    const title = `${language === 'ar' ? 'بطاقة مشاركة بلا صورة' : 'A story without a picture'} ${Date.now()}`;
    await editor.fillTitle(title);
    await editor.typeBody(language === 'ar' ? 'فقرة.' : 'A paragraph.');
    await page.getByRole('button', { name: editor.t.workflow.publish }).click();
    await expect(page).toHaveURL(/\/admin\/articles\/\d+\?notice=publish$/, { timeout: 30_000 });
    const slug = await editor.form.getByLabel(editor.t.editor.slug, { exact: true }).inputValue();
    const story = `/${language}/article/${encodeURIComponent(slug)}`;
    const html = await (await request.get(story)).text();
    const card = /<meta property="og:image" content="([^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&');
    expect(card).toMatch(new RegExp(`^${site}${story.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/share\\.png\\?v=`));
    expect(await previewImage(request, card)).toMatchObject({ format: 'png', width: 1200, height: 630 });
    cards[language] = card;
  }
  expect(cards.ar).not.toBe(cards.en);
  for (const missing of [
    '/en/article/no-such-story/share.png',
    '/ar/article/%D9%84%D8%A7-%D8%B4%D9%8A%D8%A1/share.png',
  ])
    expect((await request.get(missing, { maxRedirects: 0 })).status(), missing).toBe(404);
});

test('favicon, apple-touch-icon and a manifest per language at their usual paths', async ({ page, request }) => {
  for (const [path, size] of [
    ['/favicon.ico', null],
    ['/icon.png', 192],
    ['/apple-icon.png', 180],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    if (size) expect((await sharp(await response.body()).metadata()).width, path).toBe(size);
  }
  expect((await request.get('/favicon.ico')).headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);

  const root = await request.get('/manifest.webmanifest', { maxRedirects: 0 });
  expect(root.status()).toBe(200);
  expect(root.headers()['content-type']).toContain('application/manifest+json');
  expect(await root.json()).toMatchObject({ lang: 'en', name: getMessages('en').siteName, start_url: '/en' });

  await page.goto('/ar');
  const head = page.locator('head');
  const manifest = await head.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifest).toBe('/ar/manifest.webmanifest');
  const ar = await (await request.get(manifest!)).json();
  expect(ar).toMatchObject({ lang: 'ar', dir: 'rtl', name: getMessages('ar').siteName, start_url: '/ar' });
  for (const icon of ar.icons as { src: string; sizes: string }[]) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    const meta = await sharp(await response.body()).metadata();
    expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
  }
  await expect(head.locator('link[rel="icon"]').first()).toHaveAttribute('href', /\/(favicon\.ico|icon\.png)/);
  await expect(head.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', /\/apple-icon\.png/);
});
