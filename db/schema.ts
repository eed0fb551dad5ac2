import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { locales } from '../lib/i18n/locales';

export const localeEnum = pgEnum('locale', locales);
export const userRoleEnum = pgEnum('user_role', ['admin', 'editor', 'author', 'moderator']);
export const articleStatusEnum = pgEnum('article_status', ['draft', 'pending', 'scheduled', 'published', 'archived']);
export const commentStatusEnum = pgEnum('comment_status', ['pending', 'approved', 'spam', 'trash']);

/** Text that exists once per locale (names, alt text, bios). */
export type LocalizedText = Partial<Record<'en' | 'fr' | 'ar', string>>;

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** Public author-page slug (ASCII or Unicode, unique). */
    slug: text('slug').notNull(),
    bio: jsonb('bio').$type<LocalizedText>().notNull().default({}),
    role: userRoleEnum('role').notNull(),
    passwordHash: text('password_hash'),
    preferredLocale: localeEnum('preferred_locale').notNull().default('en'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Bumped on password reset, role change or disable: older sessions stop working. */
    sessionVersion: integer('session_version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_email_unique').on(sql`lower(${t.email})`), uniqueIndex('users_slug_unique').on(t.slug)],
);

/**
 * A staff member's name as readers of one language see it (bylines, author pages). Without a
 * row for a locale, readers see `users.name`.
 */
export const staffDisplayNames = pgTable(
  'staff_display_names',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    locale: localeEnum('locale').notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.locale] })],
);

export const sections = pgTable('sections', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  position: integer('position').notNull().default(0),
  ...timestamps,
});

/** A section's name and slug in one locale; sections are shared across languages. */
export const sectionTranslations = pgTable(
  'section_translations',
  {
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id, { onDelete: 'cascade' }),
    locale: localeEnum('locale').notNull(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    description: text('description').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.sectionId, t.locale] }),
    uniqueIndex('section_translations_locale_slug').on(t.locale, t.slug),
  ],
);

export const tags = pgTable(
  'tags',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    locale: localeEnum('locale').notNull(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('tags_locale_slug').on(t.locale, t.slug)],
);

export type MediaVariant = { width: number; height: number; format: 'webp' | 'jpeg' | 'png' | 'avif'; path: string };

export const media = pgTable('media', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  /** Storage key of the original, relative to the uploads root. */
  path: text('path').notNull().unique(),
  mimeType: text('mime_type').notNull(),
  size: integer('size').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  alt: jsonb('alt').$type<LocalizedText>().notNull().default({}),
  caption: jsonb('caption').$type<LocalizedText>().notNull().default({}),
  variants: jsonb('variants').$type<MediaVariant[]>().notNull().default([]),
  uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const articles = pgTable(
  'articles',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** The same story in several languages shares one group id. */
    translationGroupId: uuid('translation_group_id').notNull().defaultRandom(),
    locale: localeEnum('locale').notNull(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    dek: text('dek').notNull().default(''),
    /** Sanitized HTML (allow-list), sanitized on every write path. */
    body: text('body').notNull().default(''),
    status: articleStatusEnum('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /**
     * When readers could first read the story. Kept across unpublish, schedule and republish, so
     * readers see the original date (and "Updated"); `publishedAt` is when it goes (or went) live now.
     */
    firstPublishedAt: timestamp('first_published_at', { withTimezone: true }),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    sectionId: integer('section_id').references(() => sections.id, { onDelete: 'set null' }),
    featuredMediaId: integer('featured_media_id').references(() => media.id, { onDelete: 'set null' }),
    /** The featured photo's caption and credit as this story (in its language) shows them. */
    featuredCaption: text('featured_caption').notNull().default(''),
    featuredCredit: text('featured_credit').notNull().default(''),
    seoTitle: text('seo_title').notNull().default(''),
    seoDescription: text('seo_description').notNull().default(''),
    commentsOpen: boolean('comments_open').notNull().default(true),
    /** Bumped on every save; a save against an older version is a conflict. */
    version: integer('version').notNull().default(1),
    /** Set when moved to the trash; restorable until purged. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('articles_locale_slug').on(t.locale, t.slug),
    uniqueIndex('articles_group_locale').on(t.translationGroupId, t.locale),
    index('articles_listing').on(t.locale, t.status, t.publishedAt),
    index('articles_section').on(t.sectionId, t.publishedAt),
    index('articles_author').on(t.authorId, t.publishedAt),
    check(
      'articles_published_has_date',
      sql`${t.status} not in ('published', 'scheduled') or ${t.publishedAt} is not null`,
    ),
  ],
);

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag').on(t.tagId)],
);

/** Editor-picked "Check also" stories, shown before computed ones. */
export const relatedArticles = pgTable(
  'related_articles',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    relatedId: integer('related_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.relatedId] }),
    check('related_not_self', sql`${t.articleId} <> ${t.relatedId}`),
  ],
);

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

export const revisions = pgTable(
  'revisions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    dek: text('dek').notNull(),
    body: text('body').notNull(),
    /** The other editable fields at that version (slug, section, tags, SEO…). */
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('revisions_article').on(t.articleId, t.version)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_created').on(t.createdAt), index('audit_log_entity').on(t.entityType, t.entityId)],
);

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Sign-in attempts, for throttling by account and by IP across app instances. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    email: text('email').notNull(),
    ipHash: text('ip_hash').notNull(),
    succeeded: boolean('succeeded').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_email').on(t.email, t.createdAt), index('login_attempts_ip').on(t.ipHash, t.createdAt)],
);

/**
 * Addresses an account has signed in from, as a keyed hash of (account, address): failures by
 * others (from other addresses on this account, or on other accounts from this address) never
 * slow down or refuse a sign-in from here. Forgotten 90 days after the last success.
 */
export const knownSignInAddresses = pgTable(
  'known_sign_in_addresses',
  {
    key: text('key').primaryKey(),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('known_sign_in_addresses_last_success').on(t.lastSuccessAt)],
);

/**
 * One row per signed-in staff session (the `sid` inside the session JWT). Signing out deletes
 * the row, so a copied cookie stops working; rows idle longer than a session's lifetime are
 * pruned.
 */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('staff_sessions_user').on(t.userId), index('staff_sessions_last_seen').on(t.lastSeenAt)],
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
