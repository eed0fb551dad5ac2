// Reader comments, with the drafts and captcha nonces that guard their submission.
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { commentStatusEnum } from './enums';
import { timestamps } from './columns';
import { users } from './staff';
import { articles } from './content';

export const comments = pgTable(
  'comments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id').references((): AnyPgColumn => comments.id, { onDelete: 'cascade' }),
    /** Set when a staff member wrote the comment. */
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    website: text('website'),
    body: text('body').notNull(),
    status: commentStatusEnum('status').notNull().default('pending'),
    heldReason: text('held_reason'),
    ipHash: text('ip_hash'),
    userAgent: text('user_agent'),
    moderatedBy: integer('moderated_by').references(() => users.id, { onDelete: 'set null' }),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('comments_article_status').on(t.articleId, t.status, t.createdAt),
    index('comments_status_created').on(t.status, t.createdAt),
    index('comments_email').on(sql`lower(${t.email})`),
    index('comments_ip_created').on(t.ipHash, t.createdAt),
  ],
);

/** Spent captcha nonces: a solved challenge cannot be replayed while it is still valid. */
export const captchaNonces = pgTable(
  'captcha_nonces',
  {
    nonce: text('nonce').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('captcha_nonces_expires').on(t.expiresAt)],
);

/**
 * What a reader typed into the comment form, kept for an hour between a submission without
 * JavaScript and the page that shows its outcome (too long for a cookie, never in a URL).
 */
export const commentDrafts = pgTable(
  'comment_drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Keyed hash of the address that created it: drafts are capped per address. */
    ipHash: text('ip_hash'),
  },
  (t) => [index('comment_drafts_expires').on(t.expiresAt), index('comment_drafts_ip').on(t.ipHash, t.expiresAt)],
);
