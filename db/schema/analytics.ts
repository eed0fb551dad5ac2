// Reader counts for "Most read" (lib/most-read): no address, no cookie, nothing per person kept.
import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { articles } from './content';

/**
 * Views of a story per hour (the hour's start, UTC). A counted view is one upsert of one row,
 * whatever the traffic; the most-read lists add up the last 24 or 168 buckets of each story.
 * Buckets older than the longest list (7 days, plus a day) are pruned by the counting path.
 */
export const articleViewHours = pgTable(
  'article_view_hours',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    hour: timestamp('hour', { withTimezone: true }).notNull(),
    views: integer('views').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.hour] }), index('article_view_hours_hour').on(t.hour)],
);

/**
 * Which (reader, story) pairs were already counted this hour, so a reader counts once per story
 * per hour on every app instance. `visitor` is an HMAC of the address under a key that changes
 * every UTC day: it cannot be turned back into the address, nor linked from one day to the next.
 * Rows older than two hours are deleted by the counting path.
 *
 * No foreign key to articles on purpose: rows are only written for a story that exists (the
 * insert selects it), live two hours, and a key check would lock the story's row on every view.
 * The primary key starts with the hour so the purge reads the oldest rows through it.
 */
export const articleViewSeen = pgTable(
  'article_view_seen',
  {
    hour: timestamp('hour', { withTimezone: true }).notNull(),
    articleId: integer('article_id').notNull(),
    visitor: text('visitor').notNull(),
  },
  (t) => [primaryKey({ columns: [t.hour, t.articleId, t.visitor] })],
);
