import 'server-only';
import { and, asc, between, desc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/connect';
import { articleTags, articles, media, sectionTranslations, tags, users } from '@/db/schema';
import { isUpcoming, isVisible, namesItsAuthor } from '../articles/visibility';
import type { Locale } from '../i18n/config';
import { NEWS_MAX_URLS, NEWS_WINDOW_HOURS, type SitemapKind } from './plan';

// What the sitemaps list, read straight from the database in pages bounded by the file size: only
// what readers may open (isVisible), never every story at once.

/** When a page last changed for readers: its last save, or its going live if that came later. */
const storyLastmod = sql`greatest(${articles.updatedAt}, ${articles.publishedAt})`;

/** A W3C date-time in UTC, made by the database so both drivers give the same text. */
const w3c = (timestamp: SQL) => sql<string>`to_char(${timestamp} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** One file's worth of a kind: its first and last key (the keyset), size and last change. */
export type SitemapChunk = { first: number; last: number; count: number; lastmod: string };

/**
 * Every page of a kind in `locale` as (key, lastmod) rows, the key ordering the files. Sections,
 * tags and authors have a page only while they list a visible story in that language (as the
 * proxy's URL index says), and change when one of those stories does.
 */
function keyedRows(db: Db, locale: Locale, kind: Exclude<SitemapKind, 'pages'>) {
  const lastmod = sql`max(${storyLastmod})`.as('lastmod');
  switch (kind) {
    case 'articles':
      return db
        .select({ key: sql<number>`${articles.id}`.as('key'), lastmod: sql`${storyLastmod}`.as('lastmod') })
        .from(articles)
        .where(and(eq(articles.locale, locale), isVisible()));
    case 'sections':
      return db
        .select({ key: sql<number>`${sectionTranslations.sectionId}`.as('key'), lastmod })
        .from(sectionTranslations)
        .innerJoin(articles, sectionStory())
        .where(eq(sectionTranslations.locale, locale))
        .groupBy(sectionTranslations.sectionId);
    case 'tags':
      return db
        .select({ key: sql<number>`${tags.id}`.as('key'), lastmod })
        .from(tags)
        .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
        .innerJoin(articles, tagStory())
        .where(eq(tags.locale, locale))
        .groupBy(tags.id);
    case 'authors':
      return db
        .select({ key: sql<number>`${users.id}`.as('key'), lastmod })
        .from(users)
        .innerJoin(
          articles,
          and(eq(articles.authorId, users.id), eq(articles.locale, locale), isVisible(), namesItsAuthor),
        )
        .groupBy(users.id);
  }
}

const sectionStory = () =>
  and(
    eq(articles.sectionId, sectionTranslations.sectionId),
    eq(articles.locale, sectionTranslations.locale),
    isVisible(),
  );
const tagStory = () => and(eq(articles.id, articleTags.articleId), eq(articles.locale, tags.locale), isVisible());

/**
 * How a kind's pages fall into files of `size`: numbered in key order by the database, grouped
 * by file. Only one row per file leaves the database, so the index of a million stories is
 * about a hundred rows; each file then reads its own key range.
 */
export async function listSitemapChunks(
  db: Db,
  locale: Locale,
  kind: Exclude<SitemapKind, 'pages'>,
  size: number,
): Promise<SitemapChunk[]> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Bad sitemap size ${size}`);
  const base = keyedRows(db, locale, kind).as('base');
  const numbered = db
    .select({
      key: base.key,
      lastmod: base.lastmod,
      chunk: sql<number>`(row_number() over (order by ${base.key}) - 1) / ${size}::int`.as('chunk'),
    })
    .from(base)
    .as('numbered');
  return db
    .select({
      first: sql<number>`min(${numbered.key})::int`,
      last: sql<number>`max(${numbered.key})::int`,
      count: sql<number>`count(*)::int`,
      lastmod: w3c(sql`max(${numbered.lastmod})`),
    })
    .from(numbered)
    .groupBy(numbered.chunk)
    .orderBy(numbered.chunk);
}

const inChunk = (column: PgColumn, chunk: SitemapChunk) => between(column, chunk.first, chunk.last);

/** Our own uploads in a story's body, as the editor writes them (`<img src="/media/…">`). */
const BODY_IMAGE = 'src="/media/([a-z0-9][a-z0-9/_-]*\\.(?:jpg|png|webp|avif))';

export type ArticleRow = {
  id: number;
  slug: string;
  lastmod: string;
  translationGroupId: string;
  /** The largest variant of the featured image, else its original (storage keys). */
  featuredImage: string | null;
  /** Storage keys of the uploads shown in the body, space-separated (keys hold no spaces). */
  bodyImages: string | null;
};

export async function listArticleRows(db: Db, locale: Locale, chunk: SitemapChunk): Promise<ArticleRow[]> {
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      lastmod: w3c(storyLastmod),
      translationGroupId: articles.translationGroupId,
      featuredImage: sql<
        string | null
      >`coalesce((select v->>'path' from jsonb_array_elements(${media.variants}) v where v->>'crop' is null order by (v->>'width')::int desc limit 1), ${media.path})`,
      bodyImages: sql<
        string | null
      >`(select string_agg(m[1], ' ') from regexp_matches(${articles.body}, ${BODY_IMAGE}, 'g') as m)`,
    })
    .from(articles)
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
    .where(and(eq(articles.locale, locale), isVisible(), inChunk(articles.id, chunk)))
    .orderBy(asc(articles.id))
    .limit(chunk.count);
}

export type Version = { key: string | number; locale: Locale; slug: string };

/**
 * The visible language versions of the stories in a chunk, the original first in each group
 * (first published, then oldest).
 */
export async function listArticleVersions(db: Db, locale: Locale, chunk: SitemapChunk): Promise<Version[]> {
  const groups = db
    .select({ id: articles.translationGroupId })
    .from(articles)
    .where(and(eq(articles.locale, locale), isVisible(), inChunk(articles.id, chunk)));
  return db
    .select({ key: articles.translationGroupId, locale: articles.locale, slug: articles.slug })
    .from(articles)
    .where(and(isVisible(), inArray(articles.translationGroupId, groups)))
    .orderBy(sql`coalesce(${articles.firstPublishedAt}, ${articles.publishedAt})`, asc(articles.id));
}

export type ListingRow = { key: number; slug: string; lastmod: string };

/** The sections, tags or authors of one file, with the languages each has a page in. */
export async function listListingRows(
  db: Db,
  locale: Locale,
  kind: 'sections' | 'tags' | 'authors',
  chunk: SitemapChunk,
): Promise<{ rows: ListingRow[]; versions: Version[] }> {
  const lastmod = w3c(sql`max(${storyLastmod})`);
  if (kind === 'sections') {
    const [rows, versions] = await Promise.all([
      db
        .select({ key: sectionTranslations.sectionId, slug: sectionTranslations.slug, lastmod })
        .from(sectionTranslations)
        .innerJoin(articles, sectionStory())
        .where(and(eq(sectionTranslations.locale, locale), inChunk(sectionTranslations.sectionId, chunk)))
        .groupBy(sectionTranslations.sectionId, sectionTranslations.slug)
        .orderBy(asc(sectionTranslations.sectionId))
        .limit(chunk.count),
      db
        .select({
          key: sectionTranslations.sectionId,
          locale: sectionTranslations.locale,
          slug: sectionTranslations.slug,
        })
        .from(sectionTranslations)
        .where(
          and(
            inChunk(sectionTranslations.sectionId, chunk),
            exists(
              db
                .select({ one: sql`1` })
                .from(articles)
                .where(sectionStory()),
            ),
          ),
        ),
    ]);
    return { rows, versions };
  }
  if (kind === 'tags') {
    // Tags belong to one language: a tag page has no other versions.
    const rows = await db
      .select({ key: tags.id, slug: tags.slug, lastmod })
      .from(tags)
      .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
      .innerJoin(articles, tagStory())
      .where(and(eq(tags.locale, locale), inChunk(tags.id, chunk)))
      .groupBy(tags.id, tags.slug)
      .orderBy(asc(tags.id))
      .limit(chunk.count);
    return { rows, versions: rows.map((r) => ({ key: r.key, locale, slug: r.slug })) };
  }
  const [rows, versions] = await Promise.all([
    db
      .select({ key: users.id, slug: users.slug, lastmod })
      .from(users)
      .innerJoin(
        articles,
        and(eq(articles.authorId, users.id), eq(articles.locale, locale), isVisible(), namesItsAuthor),
      )
      .where(inChunk(users.id, chunk))
      .groupBy(users.id, users.slug)
      .orderBy(asc(users.id))
      .limit(chunk.count),
    db
      .selectDistinct({ key: users.id, locale: articles.locale, slug: users.slug })
      .from(users)
      .innerJoin(articles, and(eq(articles.authorId, users.id), isVisible(), namesItsAuthor))
      .where(inChunk(users.id, chunk)),
  ]);
  return { rows, versions };
}

/**
 * The languages with a home page worth listing (one visible story or more) and when each last
 * changed. Static pages are listed beside them (listStaticPageRows).
 */
export async function listHomeRows(db: Db): Promise<{ locale: Locale; lastmod: string }[]> {
  return db
    .select({ locale: articles.locale, lastmod: w3c(sql`max(${storyLastmod})`) })
    .from(articles)
    .where(isVisible())
    .groupBy(articles.locale);
}

export type StaticPageRow = { slug: string; lastmod: string; translationGroupId: string };

/** The language's static pages readers can open (About, Contact…), with their other languages. */
export async function listStaticPageRows(
  db: Db,
  locale: Locale,
): Promise<{ rows: StaticPageRow[]; versions: Version[] }> {
  const online = isVisible(undefined, 'page');
  const [rows, versions] = await Promise.all([
    db
      .select({ slug: articles.slug, lastmod: w3c(storyLastmod), translationGroupId: articles.translationGroupId })
      .from(articles)
      .where(and(eq(articles.locale, locale), online))
      .orderBy(asc(articles.id)),
    db
      .select({ key: articles.translationGroupId, locale: articles.locale, slug: articles.slug })
      .from(articles)
      .where(
        and(
          online,
          inArray(
            articles.translationGroupId,
            db
              .select({ id: articles.translationGroupId })
              .from(articles)
              .where(and(eq(articles.locale, locale), online)),
          ),
        ),
      )
      .orderBy(sql`coalesce(${articles.firstPublishedAt}, ${articles.publishedAt})`, asc(articles.id)),
  ]);
  return { rows, versions };
}

export type NewsRow = { locale: Locale; slug: string; title: string; publishedAt: string };

/**
 * Stories first published in the last NEWS_WINDOW_HOURS, newest first, at most NEWS_MAX_URLS.
 * A story republished after a correction keeps its first date, so it does not come back as news.
 */
export async function listNewsRows(db: Db, limit = NEWS_MAX_URLS): Promise<NewsRow[]> {
  const first = sql`coalesce(${articles.firstPublishedAt}, ${articles.publishedAt})`;
  return db
    .select({ locale: articles.locale, slug: articles.slug, title: articles.title, publishedAt: w3c(first) })
    .from(articles)
    .where(and(isVisible(), sql`${first} > now() - make_interval(hours => ${NEWS_WINDOW_HOURS}::int)`))
    .orderBy(desc(first), desc(articles.id))
    .limit(limit);
}

/**
 * When the next scheduled story or page (in any language) goes live: sitemaps link across
 * languages.
 */
export async function getNextScheduledAt(db: Db): Promise<Date | null> {
  const [row] = await db
    .select({ at: w3c(sql`min(${articles.publishedAt})`) })
    .from(articles)
    .where(isUpcoming('any'));
  return row?.at ? new Date(row.at) : null;
}
