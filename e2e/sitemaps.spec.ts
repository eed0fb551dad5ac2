import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { APIRequestContext } from '@playwright/test';
import { getEditorMessages } from '../lib/i18n/admin-editor';
import { getLiveMessages } from '../lib/i18n/admin-live';
import { slugify } from '../lib/slug';
import { isAllowed, parseRobots } from '../test/support/robots-rules';
import { EditorPage } from './support/pages/editor-page';
import { expect, test } from './support/test';
import { unique } from './support/unique';

// Crawls the built demo site as a search engine would: robots.txt, the sitemap index, every
// file it names and the news sitemap, then every URL, hreflang target and image they list.

const NS = {
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  xhtml: 'http://www.w3.org/1999/xhtml',
  image: 'http://www.google.com/schemas/sitemap-image/1.1',
  news: 'http://www.google.com/schemas/sitemap-news/0.9',
};
const W3C_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const LOCALES = ['en', 'fr', 'ar'];

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  htmlEntities: true,
  isArray: (name) => ['url', 'sitemap', 'xhtml:link', 'image:image'].includes(name),
});

type Link = { '@_rel': string; '@_hreflang': string; '@_href': string };
type Url = { loc: string; lastmod: string; 'xhtml:link'?: Link[]; 'image:image'?: { 'image:loc': string }[] };
type NewsUrl = {
  loc: string;
  'news:news': {
    'news:publication': { 'news:name': string; 'news:language': string };
    'news:publication_date': string;
    'news:title': string;
  };
};

/** Fetches an XML document, checks its answer and well-formedness, and parses it. */
async function fetchXml<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toBe('application/xml; charset=utf-8');
  expect(response.headers()['x-content-type-options'], url).toBe('nosniff');
  const text = await response.text();
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), url).toBe(true);
  expect(XMLValidator.validate(text), url).toBe(true);
  return parser.parse(text) as T;
}

type Crawl = { files: string[]; urls: Url[]; news: NewsUrl[] };

/** Reads the index, every file it names and the news sitemap, checking each file's shape. */
async function readSitemaps(request: APIRequestContext, origin: string): Promise<Crawl> {
  // The news sitemap first: other tests publish stories meanwhile, and a story in it must then
  // already be in the article sitemaps read after it.
  const news = await fetchXml<{ urlset: Record<string, string> & { url?: NewsUrl[] } }>(
    request,
    `${origin}/news-sitemap.xml`,
  );
  const index = await fetchXml<{ sitemapindex: { '@_xmlns': string; sitemap: { loc: string; lastmod: string }[] } }>(
    request,
    `${origin}/sitemap.xml`,
  );
  expect(index.sitemapindex['@_xmlns']).toBe(NS.sitemap);
  const files = index.sitemapindex.sitemap.map((s) => {
    expect(s.loc).toMatch(
      new RegExp(
        `^${origin.replace(/[.]/g, '\\.')}/sitemap-(en|fr|ar)-(pages|articles|sections|tags|authors)-[1-9]\\d*\\.xml$`,
      ),
    );
    expect(s.lastmod).toMatch(W3C_DATE);
    return s.loc;
  });
  const urls: Url[] = [];
  for (const file of files) {
    const doc = await fetchXml<{ urlset: Record<string, string> & { url?: Url[] } }>(request, file);
    expect(doc.urlset['@_xmlns']).toBe(NS.sitemap);
    expect(doc.urlset['@_xmlns:xhtml']).toBe(NS.xhtml);
    expect(doc.urlset['@_xmlns:image']).toBe(NS.image);
    const list = doc.urlset.url ?? [];
    expect(list.length, file).toBeGreaterThan(0);
    expect(list.length, file).toBeLessThanOrEqual(10_000);
    const locale = /sitemap-([a-z]{2})-/.exec(file)![1]!;
    for (const url of list) {
      expect(url.loc.startsWith(`${origin}/${locale}`), url.loc).toBe(true);
      expect(url.lastmod, url.loc).toMatch(W3C_DATE);
      const links = url['xhtml:link'] ?? [];
      expect(
        links.every((l) => l['@_rel'] === 'alternate' && [...LOCALES, 'x-default'].includes(l['@_hreflang'])),
      ).toBe(true);
      // Each page names itself in its language, and one default.
      expect(links.find((l) => l['@_hreflang'] === locale)?.['@_href'], url.loc).toBe(url.loc);
      expect(
        links.filter((l) => l['@_hreflang'] === 'x-default'),
        url.loc,
      ).toHaveLength(1);
      urls.push(url);
    }
  }
  expect(news.urlset['@_xmlns']).toBe(NS.sitemap);
  expect(news.urlset['@_xmlns:news']).toBe(NS.news);
  return { files, urls, news: news.urlset.url ?? [] };
}

/** Answers every URL with its status, a few at a time, redirects not followed. */
async function statuses(request: APIRequestContext, targets: string[]) {
  const out = new Map<string, number>();
  const queue = [...targets];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let url = queue.shift(); url; url = queue.shift())
        out.set(url, (await request.get(url, { maxRedirects: 0 })).status());
    }),
  );
  return out;
}

test.describe('sitemaps and robots.txt', () => {
  // The second test publishes and unpublishes a story: the crawl must not see it half-way.
  test.describe.configure({ mode: 'serial' });

  test('every sitemap is well-formed and every URL, hreflang target and image it lists answers 200', async ({
    request,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    const origin = baseURL!;
    const robotsAnswer = await request.get('/robots.txt');
    expect(robotsAnswer.status()).toBe(200);
    expect(robotsAnswer.headers()['content-type']).toBe('text/plain; charset=utf-8');
    const robots = parseRobots(await robotsAnswer.text());
    expect(robots.sitemaps).toEqual([`${origin}/sitemap.xml`, `${origin}/news-sitemap.xml`]);

    const { files, urls, news } = await readSitemaps(request, origin);
    // The demo publication has every kind of page in every language.
    for (const locale of LOCALES)
      for (const kind of ['pages', 'articles', 'sections', 'tags', 'authors'])
        expect(files, `${locale} ${kind}`).toContain(`${origin}/sitemap-${locale}-${kind}-1.xml`);
    // A file past the last one does not exist.
    const missing = await request.get(`/sitemap-en-articles-${files.length + 1}.xml`, { maxRedirects: 0 });
    expect(missing.status()).toBe(404);
    const locs = urls.map((u) => u.loc);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.filter((l) => l.includes('/article/')).length).toBeGreaterThanOrEqual(50);
    expect(urls.some((u) => (u['image:image'] ?? []).length > 0)).toBe(true);
    expect(locs).toContain(`${origin}/ar/article/${encodeURIComponent('المجلس-الوطني-يصادق-على-ميزانية-2027')}`);

    // hreflang links go both ways: every version listed names the same set.
    const byLoc = new Map(urls.map((u) => [u.loc, u]));
    const linkSet = (u: Url) =>
      (u['xhtml:link'] ?? [])
        .map((l) => `${l['@_hreflang']} ${l['@_href']}`)
        .sort()
        .join('\n');
    for (const url of urls)
      for (const link of url['xhtml:link'] ?? []) {
        const other = byLoc.get(link['@_href']);
        expect(other, `${url.loc} → ${link['@_href']}`).toBeDefined();
        if (link['@_hreflang'] !== 'x-default') expect(linkSet(other!), url.loc).toBe(linkSet(url));
      }

    // News: the demo's stories of the last two days, each with its publication in its language.
    expect(news.length).toBeGreaterThan(0);
    for (const item of news) {
      const n = item['news:news'];
      const language = n['news:publication']['news:language'];
      expect(LOCALES).toContain(language);
      expect(item.loc.startsWith(`${origin}/${language}/article/`)).toBe(true);
      expect(n['news:publication']['news:name']).toBe(language === 'ar' ? 'ميدان' : 'Maydan');
      expect(n['news:publication_date']).toMatch(W3C_DATE);
      expect(Date.now() - Date.parse(n['news:publication_date'])).toBeLessThan(48 * 3_600_000);
      expect(n['news:title'].length).toBeGreaterThan(0);
      expect(locs).toContain(item.loc);
    }

    // Crawlers may fetch every listed page; the newsroom, the API, previews, comment pages and
    // searches are closed to them (and those are real pages, so the rules hit what exists).
    for (const loc of locs) expect(isAllowed(robots, new URL(loc).pathname), loc).toBe(true);
    const article = new URL(locs.find((l) => l.includes('/en/article/'))!).pathname;
    const closed = ['/admin', '/admin/login', '/api/health', '/en/preview/1', `${article}/comment`, '/ar/search?q=x'];
    for (const path of closed) expect(isAllowed(robots, path), path).toBe(false);
    for (const path of [`${article}/comment`, '/ar/search?q=x', '/admin/login', '/api/health'])
      expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);

    const targets = new Set<string>();
    for (const url of urls) {
      targets.add(url.loc);
      for (const link of url['xhtml:link'] ?? []) targets.add(link['@_href']);
      for (const image of url['image:image'] ?? []) targets.add(image['image:loc']);
    }
    for (const item of news) targets.add(item.loc);
    const answered = await statuses(request, [...targets]);
    const failed = [...answered].filter(([, status]) => status !== 200);
    expect(failed).toEqual([]);
    expect(answered.size).toBe(targets.size);
  });

  test('a story published in the newsroom is listed at once, and leaves every sitemap when unpublished', async ({
    page,
    request,
    baseURL,
    signIn,
  }) => {
    test.setTimeout(180_000);
    const origin = baseURL!;
    const title = `Sitemap check <b>&</b> "quoted" ${unique()}`;
    const loc = `${origin}/en/article/${encodeURIComponent(slugify(title))}`;
    await signIn(page, 'editor', '/admin/articles/new');
    const editor = new EditorPage(page);
    const id = await editor.createDraft(title);
    await editor.publish();

    const listed = await readSitemaps(request, origin);
    expect(listed.urls.map((u) => u.loc)).toContain(loc);
    const item = listed.news.find((n) => n.loc === loc);
    expect(item?.['news:news']['news:title']).toBe(title);
    expect(listed.news[0]!.loc).toBe(loc);
    expect((await request.get(loc)).status()).toBe(200);

    await editor.open(id);
    const en = getEditorMessages('en');
    const live = getLiveMessages('en');
    await editor.form.getByRole('button', { name: en.workflow.unpublish, exact: true }).click();
    await page
      .getByRole('dialog', { name: live.confirm.unpublish.title })
      .getByRole('button', { name: live.confirm.unpublish.action })
      .click();
    await expect(page.getByText(en.workflow.done.unpublish)).toBeVisible();

    const after = await readSitemaps(request, origin);
    expect(after.urls.map((u) => u.loc)).not.toContain(loc);
    expect(after.news.map((n) => n.loc)).not.toContain(loc);
  });
});
