import 'server-only';
import { and, desc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articles, articleViewHours, articleViewSeen } from '@/db/schema';
import { isVisible } from '../articles/visibility';
import type { Locale } from '../i18n/config';
import {
  BUCKET_KEEP_HOURS,
  hourStart,
  MOST_READ_SIZE,
  MOST_READ_WINDOWS,
  SEEN_KEEP_HOURS,
  windowStart,
  type MostReadWindow,
} from './rules';

/**
 * "Most read": views counted per story and hour in PostgreSQL, listed per language over the
 * last 24 hours and 7 days. What is a view, and what is kept of the reader, is in ./rules.ts.
 */

export type MostReadItem = { id: number; slug: string; title: string; views: number };
export type MostRead = Record<MostReadWindow, MostReadItem[]>;

export type CountOutcome =
  { counted: true; locale: Locale; hourViews: number } | { counted: false; reason: 'not-visible' | 'seen' };

const HOUR_MS = 3600_000;
/** Rows one sweep deletes at most, so no view ever waits behind a long delete. */
export const SWEEP_LIMIT = 1000;
/**
 * Sweeps per counted view: a batch of n new views sweeps with chance n × this (at most 1). Each
 * sweep deletes up to SWEEP_LIMIT rows, so on average ten old rows go per row written: the
 * tables stay bounded with no job to run.
 */
const SWEEP_CHANCE = 0.01;

/** `db.execute` answers an array on postgres.js and `{ rows }` on PGlite. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

/** One reader's view of a story at `at`; `visitor` is a keyed hash (./rules.ts `visitorKey`). */
export type View = { articleId: number; visitor: string; at: Date };

/**
 * What a batch did to one story it named that readers can see: the story's language and its
 * count in the latest hour the batch added to, or null when every view of it had already been
 * counted (the same visitors earlier in the hour).
 */
export type CountedStory = { articleId: number; locale: Locale; hourViews: number | null };

/**
 * Counts a batch of views in one statement whatever its size: views of stories readers cannot
 * see are ignored; each view inserts its dedupe row unless this visitor was already counted for
 * this story that hour; each story's hour bucket grows by the number of rows inserted (one
 * upsert per story and hour). Both tables are keyed, so concurrent batches on any number of app
 * instances count each view exactly once. Now and then (a share of the views counted) the same
 * call sweeps old rows.
 */
export async function countViews(
  db: Db,
  views: readonly View[],
  now = new Date(),
  sweepChance = SWEEP_CHANCE,
): Promise<CountedStory[]> {
  if (views.length === 0) return [];
  const input = JSON.stringify(
    views.map((v) => ({ article_id: v.articleId, visitor: v.visitor, hour: hourStart(v.at).toISOString() })),
  );
  const rows = rowsOf<{
    id: number;
    locale: Locale;
    views: number | null;
    hour: string | Date | null;
    inserted: number;
  }>(
    await db.execute(sql`
      with input as (
        select distinct x.article_id, x.visitor, x.hour
        from json_to_recordset(${input}::json) as x(article_id int, visitor text, hour timestamptz)
      ), target as (
        select ${articles.id} as id, ${articles.locale} as locale from ${articles}
        where ${articles.id} in (select article_id from input) and ${isVisible(now)}
      ), seen as (
        insert into ${articleViewSeen} (hour, article_id, visitor)
        select input.hour, input.article_id, input.visitor from input join target on target.id = input.article_id
        on conflict do nothing
        returning article_id, hour
      ), bucket as (
        insert into ${articleViewHours} (article_id, hour, views)
        select article_id, hour, count(*)::int from seen group by article_id, hour
        on conflict (article_id, hour) do update set views = ${articleViewHours}.views + excluded.views
        returning article_id, hour, views
      )
      select target.id, target.locale, bucket.views, bucket.hour, (select count(*)::int from seen) as inserted
      from target left join bucket on bucket.article_id = target.id`),
  );
  // A batch across the turn of an hour may touch two buckets of a story: the later one counts.
  const stories = new Map<number, CountedStory & { hour: number }>();
  for (const row of rows) {
    const id = Number(row.id);
    const hour = row.hour === null ? -1 : new Date(row.hour).getTime();
    const known = stories.get(id);
    if (known && known.hour >= hour) continue;
    stories.set(id, {
      articleId: id,
      locale: row.locale,
      hourViews: row.views === null ? null : Number(row.views),
      hour,
    });
  }
  const inserted = Number(rows[0]?.inserted ?? 0);
  if (inserted > 0 && Math.random() < Math.min(1, inserted * sweepChance)) await sweepViews(db, now);
  return [...stories.values()].map(({ hour: _hour, ...story }) => story);
}

/** Counts one view (tests, and the rules of countViews shown one view at a time). */
export async function countView(
  db: Db,
  articleId: number,
  visitor: string,
  now = new Date(),
  sweepChance = SWEEP_CHANCE,
): Promise<CountOutcome> {
  const [story] = await countViews(db, [{ articleId, visitor, at: now }], now, sweepChance);
  if (!story) return { counted: false, reason: 'not-visible' };
  if (story.hourViews === null) return { counted: false, reason: 'seen' };
  return { counted: true, locale: story.locale, hourViews: story.hourViews };
}

/**
 * Deletes dedupe rows older than SEEN_KEEP_HOURS and buckets older than BUCKET_KEEP_HOURS, at
 * most `limit` of each (the oldest first, through each table's hour index).
 */
export async function sweepViews(db: Db, now = new Date(), limit = SWEEP_LIMIT) {
  const seenBefore = new Date(hourStart(now).getTime() - (SEEN_KEEP_HOURS - 1) * HOUR_MS).toISOString();
  const bucketsBefore = new Date(hourStart(now).getTime() - BUCKET_KEEP_HOURS * HOUR_MS).toISOString();
  await db.execute(sql`
    delete from ${articleViewSeen} where ctid in (
      select ctid from ${articleViewSeen} where hour < ${seenBefore}::timestamptz limit ${limit})`);
  await db.execute(sql`
    delete from ${articleViewHours} where ctid in (
      select ctid from ${articleViewHours} where hour < ${bucketsBefore}::timestamptz limit ${limit})`);
}

/** The most-read stories of `locale` over a window ending at `now`: visible ones only. */
async function listWindow(db: Db, locale: Locale, window: MostReadWindow, now: Date): Promise<MostReadItem[]> {
  const views = sql<number>`sum(${articleViewHours.views})::int`;
  return db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, views })
    .from(articleViewHours)
    .innerJoin(articles, eq(articles.id, articleViewHours.articleId))
    .where(
      and(
        gte(articleViewHours.hour, windowStart(window, now)),
        lte(articleViewHours.hour, hourStart(now)),
        eq(articles.locale, locale),
        isVisible(now),
      ),
    )
    .groupBy(articles.id)
    .orderBy(desc(views), desc(articles.publishedAt), desc(articles.id))
    .limit(MOST_READ_SIZE);
}

/** Both lists of a language: the last 24 hours and the last 7 days, each of MOST_READ_SIZE at most. */
export async function listMostRead(db: Db, locale: Locale, now = new Date()): Promise<MostRead> {
  const [day, week] = await Promise.all(
    (Object.keys(MOST_READ_WINDOWS) as MostReadWindow[]).map((w) => listWindow(db, locale, w, now)),
  );
  return { day: day!, week: week! };
}

/** Views buckets of one story, newest first (tests and diagnostics). */
export async function listViewHours(db: Db, articleId: number) {
  return db
    .select({ hour: articleViewHours.hour, views: articleViewHours.views })
    .from(articleViewHours)
    .where(eq(articleViewHours.articleId, articleId))
    .orderBy(desc(articleViewHours.hour));
}

/** How many dedupe rows are older than `before` (tests of the sweep). */
export async function countSeenBefore(db: Db, before: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(articleViewSeen)
    .where(lt(articleViewSeen.hour, before));
  return row?.n ?? 0;
}
