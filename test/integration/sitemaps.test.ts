import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { defaultIdentity } from '@/lib/identity/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import { absoluteUrl, routes } from '@/lib/routes';
import { buildNewsSitemap, buildSitemap, buildSitemapIndex, type ChunksOf } from '@/lib/sitemaps/build';
import { parseSitemapPath, type SitemapKind } from '@/lib/sitemaps/plan';
import { listArticleRows, listSitemapChunks } from '@/lib/sitemaps/queries';
import { createTestDatabase } from '../support/database';

// The sitemap queries and documents on a real database (PGlite, and PostgreSQL when
// DATABASE_URL is set), with a file size of 2 so chunk boundaries are crossed.

const SIZE = 2;
const HOUR = 3_600_000;
const SITE = 'https://news.example.org';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const db = () => database.db;
const chunksOf: ChunksOf = (locale, kind) => listSitemapChunks(db(), locale, kind, SIZE);
const ids: Record<string, number> = {};
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  htmlEntities: true,
  isArray: (name) => ['url', 'sitemap', 'xhtml:link', 'image:image'].includes(name),
});

type Url = {
  loc: string;
  lastmod: string;
  'xhtml:link'?: { '@_hreflang': string; '@_href': string }[];
  'image:image'?: { 'image:loc': string }[];
};

async function urls(locale: Locale, kind: SitemapKind): Promise<Url[]> {
  const out: Url[] = [];
  for (let page = 1; ; page++) {
    const xml = await buildSitemap(db(), { locale, kind, page }, chunksOf, 'en');
    if (xml === null) return out;
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml) as { urlset: { url?: Url[] } };
    const list = doc.urlset.url ?? [];
    expect(list.length).toBeLessThanOrEqual(SIZE);
    out.push(...list);
  }
}

const hreflang = (url: Url | undefined) =>
  Object.fromEntries((url?.['xhtml:link'] ?? []).map((l) => [l['@_hreflang'], l['@_href']]));
const find = (list: Url[], path: string) => list.find((u) => u.loc === absoluteUrl(path));

async function article(key: string, values: Partial<typeof schema.articles.$inferInsert>) {
  const [row] = await db()
    .insert(schema.articles)
    .values({
      locale: 'en',
      slug: key,
      title: key,
      authorId: ids.leila!,
      status: 'published',
      publishedAt: ago(24 * 10),
      ...values,
    })
    .returning({ id: schema.articles.id });
  ids[key] = row!.id;
  return row!.id;
}

beforeAll(async () => {
  process.env.SITE_URL = SITE;
  database = await createTestDatabase();
  const person = async (slug: string) => {
    const [row] = await db()
      .insert(schema.users)
      .values({ email: `${slug}@example.org`, name: slug, slug, role: 'author' })
      .returning({ id: schema.users.id });
    ids[slug] = row!.id;
  };
  await person('leila');
  await person('omar'); // only a draft: no author page
  await person('chloe'); // publishes in French only

  const [politics] = await db().insert(schema.sections).values({ position: 0 }).returning();
  const [hidden] = await db().insert(schema.sections).values({ position: 1 }).returning();
  ids.politics = politics!.id;
  await db()
    .insert(schema.sectionTranslations)
    .values([
      { sectionId: politics!.id, locale: 'en', name: 'Politics', slug: 'politics' },
      { sectionId: politics!.id, locale: 'fr', name: 'Politique', slug: 'politique' },
      { sectionId: politics!.id, locale: 'ar', name: 'سياسة', slug: 'سياسة' },
      { sectionId: hidden!.id, locale: 'en', name: 'Hidden', slug: 'hidden' },
    ]);
  const [photo] = await db()
    .insert(schema.media)
    .values({
      path: '2026/12/photo.jpg',
      mimeType: 'image/jpeg',
      size: 1,
      width: 2000,
      height: 1000,
      variants: [
        { width: 160, height: 80, format: 'webp', path: '2026/12/photo-160.webp' },
        { width: 1600, height: 800, format: 'webp', path: '2026/12/photo-1600.webp' },
        { width: 640, height: 320, format: 'webp', path: '2026/12/photo-640.webp' },
      ],
    })
    .returning();

  const group = crypto.randomUUID();
  await article('budget', {
    translationGroupId: group,
    sectionId: politics!.id,
    featuredMediaId: photo!.id,
    body: '<p>x</p><figure><img src="/media/2026/12/inline.png?w=640" alt=""></figure><img src="https://elsewhere.example/x.png" alt=""><img src="/media/2026/12/photo-1600.webp" alt="">',
    updatedAt: ago(1),
  });
  await article('budget-fr', { locale: 'fr', translationGroupId: group, authorId: ids.chloe, sectionId: politics!.id });
  await article('ميزانية', { locale: 'ar', translationGroupId: group, status: 'draft', publishedAt: null });
  await article('scheduled-past', { status: 'scheduled', publishedAt: ago(1) });
  await article('draft', { status: 'draft', publishedAt: null, sectionId: hidden!.id, authorId: ids.omar });
  await article('future', { status: 'scheduled', publishedAt: ago(-5), sectionId: hidden!.id });
  await article('trashed', { deletedAt: ago(1), sectionId: hidden!.id });
  await article('archived', { status: 'archived' });
  await article('third', {});
  await article('fourth', {});
  await article('hostile', { title: `</news:title><script>alert("x")</script> & «été»\u0008`, publishedAt: ago(2) });
  await article('republished', { firstPublishedAt: ago(24 * 5), publishedAt: ago(1) });
  await article('الانتخابات', {
    locale: 'ar',
    title: 'الانتخابات البلدية',
    publishedAt: ago(3),
    sectionId: politics!.id,
  });

  const [shown, secret] = await db()
    .insert(schema.tags)
    .values([
      { locale: 'en', name: 'Budget', slug: 'budget' },
      { locale: 'en', name: 'Secret', slug: 'secret' },
    ])
    .returning();
  ids.shownTag = shown!.id;
  await db()
    .insert(schema.articleTags)
    .values([
      { articleId: ids.budget!, tagId: shown!.id },
      { articleId: ids.draft!, tagId: secret!.id },
      { articleId: ids.future!, tagId: secret!.id },
    ]);
});

afterAll(async () => {
  await database?.dispose();
});

describe(`sitemaps (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('cuts the stories readers can see into files of the given size, by key ranges', async () => {
    const visible = ['budget', 'scheduled-past', 'third', 'fourth', 'hostile', 'republished'].map((k) => ids[k]!);
    const chunks = await listSitemapChunks(db(), 'en', 'articles', SIZE);
    expect(chunks.map((c) => c.count)).toEqual([2, 2, 2]);
    for (const [i, chunk] of chunks.entries()) {
      expect(chunk.first).toBeLessThanOrEqual(chunk.last);
      if (i > 0) expect(chunk.first).toBeGreaterThan(chunks[i - 1]!.last);
      expect(chunk.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
    const listed = (await Promise.all(chunks.map((c) => listArticleRows(db(), 'en', c)))).flat().map((r) => r.id);
    expect(listed).toEqual(visible);
    // A size of one story per file, or more than there are, still lists each once.
    expect((await listSitemapChunks(db(), 'en', 'articles', 1)).map((c) => c.first)).toEqual(visible);
    expect(await listSitemapChunks(db(), 'en', 'articles', 10_000)).toHaveLength(1);
  });

  it('lists only visible stories, with lastmod, hreflang of the visible translations and x-default', async () => {
    const en = await urls('en', 'articles');
    expect(en.map((u) => u.loc)).toEqual(
      ['budget', 'scheduled-past', 'third', 'fourth', 'hostile', 'republished'].map((s) =>
        absoluteUrl(routes.article('en', s)),
      ),
    );
    const budget = find(en, routes.article('en', 'budget'));
    // The Arabic version is a draft: no link to it.
    const expected = {
      en: `${SITE}/en/article/budget`,
      fr: `${SITE}/fr/article/budget-fr`,
      'x-default': `${SITE}/en/article/budget`,
    };
    expect(hreflang(budget)).toEqual(expected);
    expect(budget!.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    // Every version lists the same group.
    const fr = await urls('fr', 'articles');
    expect(hreflang(find(fr, routes.article('fr', 'budget-fr')))).toEqual(expected);
    // A story alone in its language still names itself and the default.
    expect(hreflang(find(en, routes.article('en', 'third')))).toEqual({
      en: `${SITE}/en/article/third`,
      'x-default': `${SITE}/en/article/third`,
    });
    // Arabic slugs are percent-encoded in every URL.
    const ar = await urls('ar', 'articles');
    expect(ar.map((u) => u.loc)).toEqual([`${SITE}/ar/article/${encodeURIComponent('الانتخابات')}`]);
    expect(ar[0]!.loc).toMatch(/^[\x21-\x7e]+$/);
  });

  it('lists a story’s images: the largest variant of the featured image and the uploads in its body', async () => {
    const budget = find(await urls('en', 'articles'), routes.article('en', 'budget'));
    expect(budget!['image:image']!.map((i) => i['image:loc'])).toEqual([
      `${SITE}/media/2026/12/photo-1600.webp`,
      `${SITE}/media/2026/12/inline.png`,
    ]);
    expect(find(await urls('en', 'articles'), routes.article('en', 'third'))!['image:image']).toBeUndefined();
  });

  it('lists sections, tags and authors only where they have a visible story, with their languages', async () => {
    const sections = await urls('en', 'sections');
    expect(sections.map((u) => u.loc)).toEqual([`${SITE}/en/section/politics`]);
    expect(hreflang(sections[0])).toEqual({
      en: `${SITE}/en/section/politics`,
      fr: `${SITE}/fr/section/politique`,
      ar: `${SITE}/ar/section/${encodeURIComponent('سياسة')}`,
      'x-default': `${SITE}/en/section/politics`,
    });
    // The "hidden" section has only a draft, a story scheduled ahead and a trashed one.
    expect(sections.map((u) => u.loc)).not.toContain(`${SITE}/en/section/hidden`);
    const tags = await urls('en', 'tags');
    expect(tags.map((u) => u.loc)).toEqual([`${SITE}/en/tag/budget`]);
    expect(hreflang(tags[0])).toEqual({ en: `${SITE}/en/tag/budget`, 'x-default': `${SITE}/en/tag/budget` });
    expect(await urls('fr', 'tags')).toEqual([]);
    const authors = await urls('en', 'authors');
    expect(authors.map((u) => u.loc)).toEqual([`${SITE}/en/author/leila`]);
    // Leila also wrote the Arabic story; the draft of Omar gives him no page.
    expect(hreflang(authors[0])).toEqual({
      en: `${SITE}/en/author/leila`,
      ar: `${SITE}/ar/author/leila`,
      'x-default': `${SITE}/en/author/leila`,
    });
    const frAuthors = await urls('fr', 'authors');
    expect(frAuthors.map((u) => u.loc)).toEqual([`${SITE}/fr/author/chloe`]);
    // Chloé has no English page: x-default falls to her only version.
    expect(hreflang(frAuthors[0])['x-default']).toBe(`${SITE}/fr/author/chloe`);
  });

  it('indexes every file of every language, each of which exists, and no more', async () => {
    const xml = await buildSitemapIndex(db(), chunksOf);
    expect(XMLValidator.validate(xml)).toBe(true);
    const index = parser.parse(xml) as { sitemapindex: { sitemap: { loc: string; lastmod: string }[] } };
    const files = index.sitemapindex.sitemap.map((s) => s.loc.replace(SITE, ''));
    expect(files.filter((f) => f.startsWith('/sitemap-en-'))).toEqual([
      '/sitemap-en-pages-1.xml',
      '/sitemap-en-articles-1.xml',
      '/sitemap-en-articles-2.xml',
      '/sitemap-en-articles-3.xml',
      '/sitemap-en-sections-1.xml',
      '/sitemap-en-tags-1.xml',
      '/sitemap-en-authors-1.xml',
    ]);
    // French has no tags with a visible story: no tags file.
    expect(files.some((f) => f.startsWith('/sitemap-fr-tags'))).toBe(false);
    for (const path of files) {
      const file = parseSitemapPath(path)!;
      expect(await buildSitemap(db(), file, chunksOf, 'en'), path).not.toBeNull();
    }
    expect(await buildSitemap(db(), { locale: 'en', kind: 'articles', page: 4 }, chunksOf, 'en')).toBeNull();
    expect(await buildSitemap(db(), { locale: 'fr', kind: 'tags', page: 1 }, chunksOf, 'en')).toBeNull();
    expect(await buildSitemap(db(), { locale: 'en', kind: 'pages', page: 2 }, chunksOf, 'en')).toBeNull();
    expect(index.sitemapindex.sitemap.every((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(s.lastmod))).toBe(
      true,
    );
    const homes = await urls('ar', 'pages');
    expect(homes.map((u) => u.loc)).toEqual([`${SITE}/ar`]);
    expect(hreflang(homes[0])).toEqual({
      en: `${SITE}/en`,
      fr: `${SITE}/fr`,
      ar: `${SITE}/ar`,
      'x-default': `${SITE}/en`,
    });
  });

  it('writes the news sitemap: visible stories first published in the last 48 hours, hostile titles as text', async () => {
    const xml = await buildNewsSitemap(db(), defaultIdentity());
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    type News = {
      loc: string;
      'news:news': {
        'news:publication': { 'news:name': string; 'news:language': string };
        'news:publication_date': string;
        'news:title': string;
      };
    };
    const list = (parser.parse(xml) as { urlset: { url: News[] } }).urlset.url;
    // Newest first; the republished story keeps its first date (five days ago) and stays out.
    expect(list.map((u) => u.loc)).toEqual([
      `${SITE}/en/article/scheduled-past`,
      `${SITE}/en/article/hostile`,
      `${SITE}/ar/article/${encodeURIComponent('الانتخابات')}`,
    ]);
    const hostile = list[1]!['news:news'];
    expect(hostile['news:title']).toBe(`</news:title><script>alert("x")</script> & «été»`);
    expect(hostile['news:publication']).toEqual({ 'news:name': 'Maydan', 'news:language': 'en' });
    expect(hostile['news:publication_date']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(list[2]!['news:news']['news:publication']).toEqual({ 'news:name': 'ميدان', 'news:language': 'ar' });
  });

  it('follows an unpublish at once: the story and its links leave every sitemap', async () => {
    await db().update(schema.articles).set({ status: 'draft' }).where(eq(schema.articles.id, ids.budget!));
    const en = await urls('en', 'articles');
    expect(en.map((u) => u.loc)).not.toContain(`${SITE}/en/article/budget`);
    expect(en.length).toBe(5);
    expect(hreflang(find(await urls('fr', 'articles'), routes.article('fr', 'budget-fr')))).toEqual({
      fr: `${SITE}/fr/article/budget-fr`,
      'x-default': `${SITE}/fr/article/budget-fr`,
    });
    // Its tag had no other story: the tag page is gone from the sitemap.
    expect(await urls('en', 'tags')).toEqual([]);
  });
});
