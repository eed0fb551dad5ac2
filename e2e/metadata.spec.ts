import type { APIRequestContext, Page } from '@playwright/test';
import sharp from 'sharp';
import { getMessages } from '../lib/i18n/messages';
import { expectNoAxeViolations } from './support/axe';
import { EditorPage } from './support/pages/editor-page';
import { readPageMetadata, type PageMetadata } from './support/page-metadata';
import { blocksOfType, checkStructuredData } from './support/structured-data';
import { expect, test } from './support/test';

// The server's SITE_URL is its own address (scripts/e2e-server.mjs): every URL must be absolute on it.
const port = Number(process.env.E2E_PORT || 3100);
const site = `http://127.0.0.1:${port}`;
const abs = (path: string) => `${site}${path}`;

type Language = 'en' | 'ar';
const ogLocales = { en: 'en_US', fr: 'fr_FR', ar: 'ar_AR' } as const;

/** A demo story with translations in all three languages, a section, tags and an image. */
const budget: Record<Language, string> = {
  en: '/en/article/assembly-passes-2027-budget',
  ar: `/ar/article/${encodeURIComponent('المجلس-الوطني-يصادق-على-ميزانية-2027')}`,
};
/** A section to page through, and its name in the editor's section list. */
const economy: Record<Language, { path: string; name: string }> = {
  en: { path: '/en/section/economy', name: 'Economy' },
  ar: { path: `/ar/section/${encodeURIComponent('اقتصاد')}`, name: 'اقتصاد' },
};

async function open(page: Page, path: string): Promise<PageMetadata> {
  const response = await page.goto(path);
  expect(response!.status(), path).toBe(200);
  return readPageMetadata(page);
}

async function expect200(request: APIRequestContext, url: string) {
  expect(url.startsWith(`${site}/`), `${url} is absolute on SITE_URL`).toBe(true);
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(200);
  return response;
}

/** Canonical and hreflang: absolute, the page among its alternates, every target answering 200. */
async function expectAlternates(request: APIRequestContext, head: PageMetadata, path: string, language: Language) {
  expect(head.canonical).toBe(abs(path));
  expect(head.hreflang[language]).toBe(abs(path));
  expect(head.hreflang['x-default']).toBeTruthy();
  for (const [lang, href] of Object.entries(head.hreflang)) {
    // `/` picks the reader's language with a redirect: the x-default of the home pages (Next
    // writes the site's root without its slash).
    if (href === site) continue;
    await expect200(request, href);
    if (lang !== 'x-default')
      expect(new URL(href).pathname.startsWith(`/${lang}/`) || href === abs(`/${lang}`)).toBe(true);
  }
}

/** Open Graph that every page has, in the page's language. */
function expectOpenGraph(head: PageMetadata, language: Language, type: 'website' | 'article') {
  const t = getMessages(language);
  expect(head.meta['og:site_name']).toEqual([t.siteName]);
  expect(head.meta['og:locale']).toEqual([ogLocales[language]]);
  expect(head.meta['og:type']).toEqual([type]);
  expect(head.meta['og:url']).toEqual([head.canonical]);
  const others = Object.keys(head.hreflang).filter((l) => l !== language && l !== 'x-default') as Language[];
  expect((head.meta['og:locale:alternate'] ?? []).sort()).toEqual(others.map((l) => ogLocales[l]).sort());
}

/** The page has JSON-LD, and every block has what search engines require. */
function expectValidStructuredData(head: PageMetadata) {
  expect(head.jsonLd.length).toBeGreaterThan(0);
  expect(checkStructuredData(head.jsonLd)).toEqual([]);
}

for (const language of ['en', 'ar'] as const) {
  const t = getMessages(language);

  test.describe(`metadata and structured data (${language})`, () => {
    test('home: canonical, hreflang with x-default to /, WebSite with a working SearchAction, the publication', async ({
      page,
      request,
    }) => {
      const head = await open(page, `/${language}`);
      await expectAlternates(request, head, `/${language}`, language);
      expect(head.hreflang).toEqual({ en: abs('/en'), fr: abs('/fr'), ar: abs('/ar'), 'x-default': site });
      expect(head.title).toBe(`${t.siteName} — ${t.tagline}`);
      expectOpenGraph(head, language, 'website');
      expectValidStructuredData(head);
      const [website] = blocksOfType(head.jsonLd, 'WebSite');
      const template = (website!.potentialAction as { target: { urlTemplate: string } }).target.urlTemplate;
      expect(template).toBe(abs(`/${language}/search?q={search_term_string}`));
      const searched = await expect200(request, template.replace('{search_term_string}', 'budget'));
      expect(await searched.text()).toContain('noindex');
      const [organization] = blocksOfType(head.jsonLd, 'NewsMediaOrganization');
      expect(organization).toMatchObject({ name: t.siteName, url: abs(`/${language}`) });
      const logo = organization!.logo as { url: string; width: { value: number }; height: { value: number } };
      const image = await expect200(request, logo.url);
      const size = await sharp(await image.body()).metadata();
      expect([size.width, size.height]).toEqual([logo.width.value, logo.height.value]);
      await expectNoAxeViolations(page);
    });

    test('article: title, canonical and translations, Open Graph article facts with the real image size, NewsArticle and breadcrumbs', async ({
      page,
      request,
    }) => {
      const path = budget[language];
      const head = await open(page, path);
      const h1 = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
      expect(head.title).toBe(`${h1} — ${t.siteName}`);
      await expectAlternates(request, head, path, language);
      expect(Object.keys(head.hreflang).sort()).toEqual(['ar', 'en', 'fr', 'x-default']);
      // The same x-default from every language of the story.
      expect(head.hreflang['x-default']).toBe(abs(budget.en));
      expectOpenGraph(head, language, 'article');
      expect(head.meta['article:published_time']![0]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(head.meta['article:modified_time']![0]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(head.meta['article:section']).toHaveLength(1);
      expect(head.meta['article:tag']!.length).toBeGreaterThan(0);
      for (const author of head.meta['article:author']!) await expect200(request, author);
      // og:image is a file we serve, and its declared size is its real size.
      const [ogImage] = head.meta['og:image']!;
      const served = await expect200(request, ogImage!);
      const real = await sharp(await served.body()).metadata();
      expect(head.meta['og:image:width']).toEqual([String(real.width)]);
      expect(head.meta['og:image:height']).toEqual([String(real.height)]);
      expect(head.meta['twitter:card']).toEqual(['summary_large_image']);
      expect(head.meta['twitter:image']).toEqual([ogImage]);

      expectValidStructuredData(head);
      const [article] = blocksOfType(head.jsonLd, 'NewsArticle');
      expect(article).toMatchObject({
        headline: h1,
        inLanguage: language,
        mainEntityOfPage: { '@id': abs(path) },
        articleSection: head.meta['article:section']![0],
        keywords: head.meta['article:tag'],
        isAccessibleForFree: true,
        publisher: { '@type': 'NewsMediaOrganization', name: t.siteName },
      });
      for (const image of article!.image as { url: string; width: { value: number }; height: { value: number } }[]) {
        const size = await sharp(await (await expect200(request, image.url)).body()).metadata();
        expect([size.width, size.height]).toEqual([image.width.value, image.height.value]);
      }
      const author = (article!.author as { url: string }[])[0]!;
      await expect200(request, author.url);
      // The count readers see under the story.
      const comments = page.locator('#comments').getByRole('article');
      expect(article!.commentCount).toBe(await comments.count());

      const [crumbs] = blocksOfType(head.jsonLd, 'BreadcrumbList');
      const items = crumbs!.itemListElement as { name: string; item: string }[];
      expect(items.map((i) => i.item)).toEqual([
        abs(`/${language}`),
        expect.stringMatching(new RegExp(`^${site}/${language}/section/`)),
        abs(path),
      ]);
      expect(items[0]!.name).toBe(t.home);
      expect(items[1]!.name).toBe(head.meta['article:section']![0]);
      await expect200(request, items[1]!.item);
    });

    test('section, tag and author pages: canonical, hreflang, CollectionPage with breadcrumbs; the author a ProfilePage', async ({
      page,
      request,
    }) => {
      await open(page, budget[language]);
      const story = page.getByRole('article').first();
      const tagPath = new URL(
        await story
          .locator('a[href*="/tag/"]')
          .first()
          .evaluate((a: HTMLAnchorElement) => a.href),
      ).pathname;
      const authorPath = new URL(
        await story
          .locator('a[rel="author"]')
          .first()
          .evaluate((a: HTMLAnchorElement) => a.href),
      ).pathname;
      const sectionPath = economy[language].path;

      for (const [path, kind] of [
        [sectionPath, 'section'],
        [tagPath, 'tag'],
        [authorPath, 'author'],
      ] as const) {
        const head = await open(page, path);
        await expectAlternates(request, head, path, language);
        expectOpenGraph(head, language, 'website');
        const h1 = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
        expect(head.title).toBe(`${h1} — ${t.siteName}`);
        expectValidStructuredData(head);
        const [collection] = blocksOfType(head.jsonLd, 'CollectionPage');
        expect(collection, kind).toMatchObject({ url: abs(path), inLanguage: language });
        const crumbs = (collection!.breadcrumb as { itemListElement: { item: string }[] }).itemListElement;
        expect(crumbs.map((c) => c.item)).toEqual([abs(`/${language}`), abs(path)]);
        const listed = (collection!.mainEntity as { itemListElement: { url: string }[] }).itemListElement;
        expect(listed.length).toBe(await page.getByRole('main').getByRole('article').count());
        const profiles = blocksOfType(head.jsonLd, 'ProfilePage');
        if (kind === 'author') {
          expect(profiles).toHaveLength(1);
          expect(profiles[0]!.mainEntity).toMatchObject({ '@type': 'Person', url: abs(path) });
        } else {
          expect(profiles).toEqual([]);
        }
      }
      if (language === 'en')
        expect(Object.keys((await open(page, sectionPath)).hreflang).sort()).toEqual(['ar', 'en', 'fr', 'x-default']);
      await expectNoAxeViolations(page);
    });

    test('a paginated section page is canonical to itself, names no other language and says which page it is', async ({
      page,
      request,
      signIn,
    }) => {
      // Page 2 exists once the section has more stories than a page holds: publish until it does.
      test.setTimeout(300_000);
      const second = `${economy[language].path}/page/2`;
      await signIn(page, 'editor', '/admin/articles/new');
      const editor = new EditorPage(page);
      for (let n = 0; (await request.get(second, { maxRedirects: 0 })).status() !== 200; n++) {
        expect(n, 'the section has a second page after at most 13 new stories').toBeLessThan(13);
        await editor.gotoNew();
        await editor.form.getByLabel('Language').selectOption(language);
        await editor.fillTitle(`${language === 'ar' ? 'خبر اقتصادي' : 'Economy brief'} ${Date.now()}-${n}`);
        await editor.typeBody(language === 'ar' ? 'فقرة من الخبر.' : 'A paragraph of the brief.');
        await editor.form.getByLabel('Section').selectOption({ label: economy[language].name });
        await page.getByRole('button', { name: editor.t.workflow.publish }).click();
        await expect(page).toHaveURL(/\/admin\/articles\/\d+\?notice=publish$/, { timeout: 30_000 });
      }

      const head = await open(page, second);
      expect(head.canonical).toBe(abs(second));
      expect(head.hreflang).toEqual({ [language]: abs(second), 'x-default': abs(second) });
      expect(head.meta['og:url']).toEqual([abs(second)]);
      const two = new Intl.NumberFormat(language).format(2);
      expect(head.title).toContain(`(${two}) — ${t.siteName}`);
      expect(checkStructuredData(head.jsonLd)).toEqual([]);
      const [collection] = blocksOfType(head.jsonLd, 'CollectionPage');
      expect(collection).toMatchObject({ url: abs(second) });
      const crumbs = (collection!.breadcrumb as { itemListElement: { item: string }[] }).itemListElement;
      expect(crumbs.map((c) => c.item)).toEqual([abs(`/${language}`), abs(economy[language].path), abs(second)]);
    });
  });
}

test.describe('pages search engines should not list', () => {
  test('the comment page and a search are noindex (links followed); a story is not', async ({ page }) => {
    for (const path of [`${budget.ar}/comment`, `${budget.en}/comment`, '/en/search?q=budget']) {
      await open(page, path);
      await expect(page.locator('meta[name="robots"]'), path).toHaveAttribute('content', 'noindex, follow');
    }
    await open(page, budget.en);
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  });

  test('a staff preview is noindex', async ({ page, signIn }) => {
    await signIn(page, 'editor', '/admin/articles/new');
    const id = await new EditorPage(page).createDraft(`Preview probe ${Date.now()}`);
    const head = await open(page, `/en/preview/${id}`);
    expect(head.meta.robots).toEqual(['noindex']);
    // Nothing a search engine could take for a published story's address or data.
    expect(head.canonical).toBeNull();
    expect(head.jsonLd).toEqual([]);
  });
});
