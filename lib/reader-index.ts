// Imported by proxy.ts as well as by server code, so no `server-only` marker here (the proxy
// bundle does not resolve the react-server condition). It never runs in a browser.
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles, sectionTranslations, tags, users } from '@/db/schema';
import { isVisible } from './articles/queries';
import type { Locale } from './i18n/config';

export type ReaderKind = 'article' | 'section' | 'tag' | 'author';

type Index = { loadedAt: number; keys: Set<string>; scheduled: Map<string, number> };

const REFRESH_MS = 15_000;
const globalForIndex = globalThis as unknown as {
  maydanReaderIndex?: Index;
  maydanReaderIndexLoading?: Promise<Index>;
  maydanMisses?: Map<string, number>;
};

// Unknown URLs checked against the database recently: a flood of random slugs costs one query
// per slug per MISS_TTL_MS, not one per request. Cleared with the index on every local write.
const MISS_TTL_MS = 30_000;
const MAX_MISSES = 5000;

const key = (kind: ReaderKind, locale: Locale, slug: string) => `${kind}:${locale}:${slug}`;

/**
 * Which reader URLs exist, held in memory so the proxy can answer an unknown slug with a
 * server-rendered 404 document without a database query on the hot path. Next's notFound()
 * answers 404 with an empty body when rendered without JavaScript (vercel/next.js#62228), so
 * pages keep notFound() only as a second line.
 */
async function loadIndex(): Promise<Index> {
  const db = getDb();
  const [articleRows, scheduledRows, sectionRows, tagRows, authorRows] = await Promise.all([
    db.select({ locale: articles.locale, slug: articles.slug }).from(articles).where(isVisible()),
    db
      .select({ locale: articles.locale, slug: articles.slug, at: articles.publishedAt })
      .from(articles)
      .where(and(sql`${articles.status} in ('published', 'scheduled')`, sql`${articles.publishedAt} > now()`, sql`${articles.deletedAt} is null`)),
    db.select({ locale: sectionTranslations.locale, slug: sectionTranslations.slug }).from(sectionTranslations),
    db.select({ locale: tags.locale, slug: tags.slug }).from(tags),
    db
      .selectDistinct({ locale: articles.locale, slug: users.slug })
      .from(articles)
      .innerJoin(users, eq(users.id, articles.authorId))
      .where(isVisible()),
  ]);
  const keys = new Set<string>();
  for (const r of articleRows) keys.add(key('article', r.locale, r.slug));
  for (const r of sectionRows) keys.add(key('section', r.locale, r.slug));
  for (const r of tagRows) keys.add(key('tag', r.locale, r.slug));
  for (const r of authorRows) keys.add(key('author', r.locale, r.slug));
  const scheduled = new Map<string, number>();
  for (const r of scheduledRows) if (r.at) scheduled.set(key('article', r.locale, r.slug), r.at.getTime());
  return { loadedAt: Date.now(), keys, scheduled };
}

async function currentIndex(): Promise<Index> {
  const index = globalForIndex.maydanReaderIndex;
  if (index && Date.now() - index.loadedAt < REFRESH_MS) return index;
  globalForIndex.maydanReaderIndexLoading ??= loadIndex().finally(() => {
    globalForIndex.maydanReaderIndexLoading = undefined;
  });
  const fresh = await globalForIndex.maydanReaderIndexLoading;
  globalForIndex.maydanReaderIndex = fresh;
  return fresh;
}

/** Writes call this so the next request sees the change on this instance at once. */
export function invalidateReaderIndex() {
  globalForIndex.maydanReaderIndex = undefined;
  globalForIndex.maydanMisses?.clear();
}

/** An exact check for one URL, used when the index says no (it may be a few seconds old). */
async function existsInDatabase(kind: ReaderKind, locale: Locale, slug: string): Promise<boolean> {
  const db = getDb();
  const rows =
    kind === 'article'
      ? await db.select({ id: articles.id }).from(articles).where(and(eq(articles.locale, locale), eq(articles.slug, slug), isVisible())).limit(1)
      : kind === 'section'
        ? await db.select({ id: sectionTranslations.sectionId }).from(sectionTranslations).where(and(eq(sectionTranslations.locale, locale), eq(sectionTranslations.slug, slug))).limit(1)
        : kind === 'tag'
          ? await db.select({ id: tags.id }).from(tags).where(and(eq(tags.locale, locale), eq(tags.slug, slug))).limit(1)
          : await db
              .select({ id: users.id })
              .from(users)
              .innerJoin(articles, eq(articles.authorId, users.id))
              .where(and(eq(users.slug, slug), eq(articles.locale, locale), isVisible()))
              .limit(1);
  return rows.length > 0;
}

export async function readerPathExists(kind: ReaderKind, locale: Locale, slug: string): Promise<boolean> {
  const index = await currentIndex();
  const k = key(kind, locale, slug);
  if (index.keys.has(k)) return true;
  const at = index.scheduled.get(k);
  if (at !== undefined && at > Date.now()) return false;
  const misses = (globalForIndex.maydanMisses ??= new Map());
  const missedAt = misses.get(k);
  if (missedAt !== undefined && Date.now() - missedAt < MISS_TTL_MS) return false;
  const exists = await existsInDatabase(kind, locale, slug);
  if (!exists) {
    if (misses.size >= MAX_MISSES) misses.delete(misses.keys().next().value!);
    misses.set(k, Date.now());
  }
  return exists;
}
