// Imported by proxy.ts as well as by server code, so no `server-only` marker here (the proxy
// bundle does not resolve the react-server condition). It never runs in a browser.
import { and, eq, exists, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/connect';
import { getDb } from '@/db';
import { articleTags, articles, sectionTranslations, tags, users } from '@/db/schema';
import { isUpcoming, isVisible, namesItsAuthor } from './articles/visibility';
import type { Locale } from './i18n/config';

export type ReaderKind = 'article' | 'page' | 'section' | 'tag' | 'author';

type Index = { loadedAt: number; keys: Set<string>; scheduled: Map<string, number> };

/** The index is reloaded on the first request after it is this old. */
export const REFRESH_MS = 15_000;
/**
 * An unknown URL reloads the whole index (one round of five queries) when the index is at least
 * this old, instead of asking the database about that one URL: a story published on another
 * instance shows up within a couple of seconds, and a flood of random slugs costs at most one
 * reload per MISS_REFRESH_MS, however many different slugs it tries. Nothing is remembered per
 * miss, so memory does not grow with the slugs tried.
 */
export const MISS_REFRESH_MS = 2_000;

const key = (kind: ReaderKind, locale: Locale, slug: string) => `${kind}:${locale}:${slug}`;

/**
 * Which reader URLs exist. Sections, tags and authors exist for readers only while they list a
 * visible story in that language: a tag typed on an unpublished draft has no public page.
 */
async function loadIndex(db: Db, now: number): Promise<Index> {
  const visibleInLocale = (locale: AnyPgColumn) => and(eq(articles.locale, locale), isVisible());
  const [articleRows, scheduledRows, sectionRows, tagRows, authorRows] = await Promise.all([
    // Stories and static pages: the kind decides whose URL the slug is.
    db
      .select({ locale: articles.locale, slug: articles.slug, kind: articles.kind })
      .from(articles)
      .where(isVisible(undefined, 'any')),
    db
      .select({ locale: articles.locale, slug: articles.slug, kind: articles.kind, at: articles.publishedAt })
      .from(articles)
      .where(isUpcoming('any')),
    db
      .select({ locale: sectionTranslations.locale, slug: sectionTranslations.slug })
      .from(sectionTranslations)
      .where(
        exists(
          db
            .select({ one: sql`1` })
            .from(articles)
            .where(
              and(eq(articles.sectionId, sectionTranslations.sectionId), visibleInLocale(sectionTranslations.locale)),
            ),
        ),
      ),
    db
      .select({ locale: tags.locale, slug: tags.slug })
      .from(tags)
      .where(
        exists(
          db
            .select({ one: sql`1` })
            .from(articleTags)
            .innerJoin(articles, eq(articles.id, articleTags.articleId))
            .where(and(eq(articleTags.tagId, tags.id), visibleInLocale(tags.locale))),
        ),
      ),
    db
      .selectDistinct({ locale: articles.locale, slug: users.slug })
      .from(articles)
      .innerJoin(users, eq(users.id, articles.authorId))
      .where(and(isVisible(), namesItsAuthor)),
  ]);
  const keys = new Set<string>();
  const articleKind = (kind: 'story' | 'page'): ReaderKind => (kind === 'page' ? 'page' : 'article');
  for (const r of articleRows) keys.add(key(articleKind(r.kind), r.locale, r.slug));
  for (const r of sectionRows) keys.add(key('section', r.locale, r.slug));
  for (const r of tagRows) keys.add(key('tag', r.locale, r.slug));
  for (const r of authorRows) keys.add(key('author', r.locale, r.slug));
  const scheduled = new Map<string, number>();
  for (const r of scheduledRows) if (r.at) scheduled.set(key(articleKind(r.kind), r.locale, r.slug), r.at.getTime());
  return { loadedAt: now, keys, scheduled };
}

export type ReaderIndex = {
  exists: (kind: ReaderKind, locale: Locale, slug: string) => Promise<boolean>;
  invalidate: () => void;
};

/**
 * Which reader URLs exist, held in memory so the proxy can answer an unknown slug with a
 * server-rendered 404 document without a per-URL database query. Next's notFound() answers 404
 * with an empty body when rendered without JavaScript (vercel/next.js#62228), so pages keep
 * notFound() only as a second line.
 */
export function createReaderIndex(options: { db: () => Db; now?: () => number }): ReaderIndex {
  const now = options.now ?? Date.now;
  let index: Index | undefined;
  let loading: { generation: number; promise: Promise<Index> } | undefined;
  let generation = 0;

  /** Concurrent callers share one load; a load begun before the last write is not reused. */
  function reload(): Promise<Index> {
    if (loading && loading.generation === generation) return loading.promise;
    const started = generation;
    const promise = loadIndex(options.db(), now()).then((fresh) => {
      // A write invalidated the index while it was loading: what was read may predate it.
      if (started === generation) index = fresh;
      return fresh;
    });
    const entry = { generation: started, promise };
    loading = entry;
    void promise
      .finally(() => {
        if (loading === entry) loading = undefined;
      })
      .catch(() => {});
    return promise;
  }

  async function current(): Promise<Index> {
    if (index && now() - index.loadedAt < REFRESH_MS) return index;
    return reload();
  }

  function lookup(found: Index, k: string): boolean | undefined {
    if (found.keys.has(k)) return true;
    const at = found.scheduled.get(k);
    if (at !== undefined) return at <= now();
    return undefined;
  }

  return {
    async exists(kind, locale, slug) {
      const k = key(kind, locale, slug);
      let found = await current();
      const known = lookup(found, k);
      if (known !== undefined) return known;
      if (now() - found.loadedAt < MISS_REFRESH_MS) return false;
      found = await reload();
      return lookup(found, k) ?? false;
    },
    invalidate() {
      generation += 1;
      index = undefined;
    },
  };
}

// One index per process: Turbopack may evaluate this module more than once.
const globalForIndex = globalThis as unknown as { maydanReaderIndex?: ReaderIndex };

function processIndex(): ReaderIndex {
  return (globalForIndex.maydanReaderIndex ??= createReaderIndex({ db: getDb }));
}

/** Writes call this so the next request sees the change on this instance at once. */
export function invalidateReaderIndex() {
  processIndex().invalidate();
}

export async function readerPathExists(kind: ReaderKind, locale: Locale, slug: string): Promise<boolean> {
  return processIndex().exists(kind, locale, slug);
}
