import 'server-only';
import type { Db } from '@/db/connect';
import { locales, type Locale } from '../i18n/config';
import type { Identity } from '../identity/identity';
import { absoluteUrl, routes } from '../routes';
import { newsSitemapXml, sitemapIndexXml, urlsetXml, type SitemapEntry } from './documents';
import { alternateLinks, MAX_IMAGES_PER_URL, sitemapUrl, type SitemapFile, type SitemapKind } from './plan';
import {
  listArticleRows,
  listArticleVersions,
  listHomeRows,
  listListingRows,
  listNewsRows,
  listStaticPageRows,
  type ArticleRow,
  type SitemapChunk,
  type Version,
} from './queries';

// The sitemap documents from the database, without caching (lib/sitemaps/index.ts caches them).
// The chunks of a kind are passed in, so one cached reading of them serves the index and files.

export type ChunksOf = (locale: Locale, kind: Exclude<SitemapKind, 'pages'>) => Promise<SitemapChunk[]>;

/** The files of one language's sitemap, in index order. */
export async function listSitemapFiles(
  db: Db,
  locale: Locale,
  chunksOf: ChunksOf,
): Promise<(SitemapFile & { lastmod: string })[]> {
  const [homes, statics] = await Promise.all([listHomeRows(db), listStaticPageRows(db, locale)]);
  const home = homes.find((row) => row.locale === locale);
  const files: (SitemapFile & { lastmod: string })[] = [];
  const pagesLastmod = [home?.lastmod, ...statics.rows.map((r) => r.lastmod)]
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  if (pagesLastmod) files.push({ locale, kind: 'pages', page: 1, lastmod: pagesLastmod });
  for (const kind of ['articles', 'sections', 'tags', 'authors'] as const) {
    const chunks = await chunksOf(locale, kind);
    chunks.forEach((chunk, i) => files.push({ locale, kind, page: i + 1, lastmod: chunk.lastmod }));
  }
  return files;
}

export async function buildSitemapIndex(db: Db, chunksOf: ChunksOf): Promise<string> {
  const files = (await Promise.all(locales.map((locale) => listSitemapFiles(db, locale, chunksOf)))).flat();
  return sitemapIndexXml(files.map((file) => ({ loc: sitemapUrl(file), lastmod: file.lastmod })));
}

/** Groups versions by their key, keeping their order (the original first). */
function groupVersions(versions: Version[], path: (v: Version) => string) {
  const groups = new Map<string | number, { locale: Locale; path: string }[]>();
  for (const v of versions) {
    const list = groups.get(v.key) ?? [];
    list.push({ locale: v.locale, path: path(v) });
    groups.set(v.key, list);
  }
  return groups;
}

function articleImages(row: ArticleRow): string[] {
  const keys = [row.featuredImage, ...(row.bodyImages?.split(' ') ?? [])].filter((k): k is string => Boolean(k));
  return [...new Set(keys)].slice(0, MAX_IMAGES_PER_URL).map((key) => absoluteUrl(routes.media(key)));
}

async function articleEntries(db: Db, locale: Locale, chunk: SitemapChunk, preferred: Locale) {
  const [rows, versions] = await Promise.all([
    listArticleRows(db, locale, chunk),
    listArticleVersions(db, locale, chunk),
  ]);
  const groups = groupVersions(versions, (v) => routes.article(v.locale, v.slug));
  return rows.map((row): SitemapEntry => ({
    loc: absoluteUrl(routes.article(locale, row.slug)),
    lastmod: row.lastmod,
    alternates: alternateLinks(groups.get(row.translationGroupId) ?? [], preferred),
    images: articleImages(row),
  }));
}

const listingPath = { sections: routes.section, tags: routes.tag, authors: routes.author } as const;

async function listingEntries(
  db: Db,
  locale: Locale,
  kind: 'sections' | 'tags' | 'authors',
  chunk: SitemapChunk,
  preferred: Locale,
) {
  const { rows, versions } = await listListingRows(db, locale, kind, chunk);
  const path = (v: { locale: Locale; slug: string }) => listingPath[kind](v.locale, v.slug);
  const groups = groupVersions(versions, path);
  return rows.map((row): SitemapEntry => ({
    loc: absoluteUrl(path({ locale, slug: row.slug })),
    lastmod: row.lastmod,
    alternates: alternateLinks(groups.get(row.key) ?? [], preferred),
    images: [],
  }));
}

/** The language's home page (while it has a story) and its static pages. */
async function pageEntries(db: Db, locale: Locale, preferred: Locale): Promise<SitemapEntry[] | null> {
  const [homes, statics] = await Promise.all([listHomeRows(db), listStaticPageRows(db, locale)]);
  const home = homes.find((row) => row.locale === locale);
  const entries: SitemapEntry[] = [];
  if (home) {
    const versions = homes.map((row) => ({ locale: row.locale, path: routes.home(row.locale) }));
    entries.push({
      loc: absoluteUrl(routes.home(locale)),
      lastmod: home.lastmod,
      alternates: alternateLinks(versions, preferred),
      images: [],
    });
  }
  const groups = groupVersions(statics.versions, (v) => routes.page(v.locale, v.slug));
  for (const row of statics.rows)
    entries.push({
      loc: absoluteUrl(routes.page(locale, row.slug)),
      lastmod: row.lastmod,
      alternates: alternateLinks(groups.get(row.translationGroupId) ?? [], preferred),
      images: [],
    });
  return entries.length ? entries : null;
}

/**
 * One file of a language's sitemap; null when there is no such file (a page past the last, or
 * a language without stories).
 */
export async function buildSitemap(
  db: Db,
  file: SitemapFile,
  chunksOf: ChunksOf,
  preferred: Locale,
): Promise<string | null> {
  if (file.kind === 'pages') {
    if (file.page !== 1) return null;
    const entries = await pageEntries(db, file.locale, preferred);
    return entries ? urlsetXml(entries) : null;
  }
  const chunk = (await chunksOf(file.locale, file.kind))[file.page - 1];
  if (!chunk) return null;
  const entries =
    file.kind === 'articles'
      ? await articleEntries(db, file.locale, chunk, preferred)
      : await listingEntries(db, file.locale, file.kind, chunk, preferred);
  return urlsetXml(entries);
}

/** The Google News sitemap: the last two days' stories in every language. */
export async function buildNewsSitemap(db: Db, identity: Identity): Promise<string> {
  const rows = await listNewsRows(db);
  return newsSitemapXml(
    rows.map((row) => ({
      loc: absoluteUrl(routes.article(row.locale, row.slug)),
      publication: identity.name[row.locale],
      language: row.locale,
      publicationDate: row.publishedAt,
      title: row.title,
    })),
  );
}
