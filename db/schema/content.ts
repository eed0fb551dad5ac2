// What readers read: sections, tags, media, articles and their revisions.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { articleKindEnum, articleStatusEnum, localeEnum, type LocalizedText } from './enums';
import { timestamps, tsvector } from './columns';
import { users } from './staff';

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
  (t) => [
    uniqueIndex('tags_locale_slug').on(t.locale, t.slug),
    index('tags_name_trgm').using('gin', t.name.op('gin_trgm_ops')),
  ],
);

export type MediaVariant = {
  width: number;
  height: number;
  format: 'webp' | 'jpeg' | 'png' | 'avif';
  path: string;
  /** A copy cut to another shape: `share` is the 1200×630 link preview (lib/share/card.ts). */
  crop?: 'share';
};

/**
 * An upload kept by reference in a setting or a profile (the publication's logos, an author's
 * photo): the media row, its address and size, and its 1200×630 crop. Built from the media table
 * by lib/media/ref.ts, never from what a form sent.
 */
export type MediaRef = { id: number; src: string; width: number; height: number; share: string | null };

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
    /** Fixed at creation: a story or a static page (db/schema/enums.ts). */
    kind: articleKindEnum('kind').notNull().default('story'),
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
    /**
     * Who the story is credited to besides (or instead of) the staff author: an agency, a
     * partner, "Staff" ("World Opinions + Agencies", "AFP"). Free text, in the story's language.
     */
    bylineCredit: text('byline_credit').notNull().default(''),
    /**
     * The byline is the credit alone: the staff author stays the owner in the newsroom but is
     * not named to readers, and the story is not on their author page (lib/articles/byline.ts).
     */
    creditOnly: boolean('credit_only').notNull().default(false),
    seoTitle: text('seo_title').notNull().default(''),
    seoDescription: text('seo_description').notNull().default(''),
    commentsOpen: boolean('comments_open').notNull().default(true),
    /** Bumped on every save; a save against an older version is a conflict. */
    version: integer('version').notNull().default(1),
    /** Set when moved to the trash; restorable until purged. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    /**
     * What search matches: headline (weight A), dek, tags and section name (B), body text (C), in
     * the story's language. Kept by triggers in the same transaction as every write (lib/search).
     */
    searchVector: tsvector('search_vector'),
    /**
     * The month readers see on the story (its first publication, UTC), as months since year 0. In
     * the search index beside the words, so "the newest matches" reads one recent window of the
     * index instead of every match of a common word (lib/search/search.ts).
     */
    searchMonth: integer('search_month').generatedAlwaysAs(
      sql`(extract(year from timezone('UTC', coalesce(first_published_at, published_at))) * 12 + extract(month from timezone('UTC', coalesce(first_published_at, published_at))) - 1)::integer`,
    ),
    ...timestamps,
  },
  (t) => [
    // btree_gin: words, language and month in one index, answered together (migration 0010).
    index('articles_search').using('gin', t.searchVector, t.locale, t.searchMonth).with({ fastupdate: false }),
    index('articles_title_trgm').using('gin', t.title.op('gin_trgm_ops')),
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

/**
 * Dated correction notes on published stories (lib/corrections): shown at the end of the story
 * and on the language's public corrections log. Append-only: a mistaken note is corrected by
 * another note, as a newspaper would.
 */
export const articleCorrections = pgTable(
  'article_corrections',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** Plain text in the story's language. */
    body: text('body').notNull(),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('article_corrections_article').on(t.articleId, t.createdAt),
    index('article_corrections_log').on(t.createdAt),
  ],
);

/**
 * Breaking-news banners (lib/breaking): a published story, or a short line with a link, shown
 * at the top of every reader page in one language until `expiresAt`. Ending one early sets
 * `expiresAt` to the moment it ended.
 */
export const breakingNews = pgTable(
  'breaking_news',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    locale: localeEnum('locale').notNull(),
    /** The story the banner points to; null for a line with a link of its own. */
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    /** The banner's words; empty means the story's headline. */
    text: text('text').notNull().default(''),
    /** Where a line without a story leads (https); null with a story. */
    url: text('url'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('breaking_news_current').on(t.locale, t.expiresAt),
    check('breaking_news_target', sql`(${t.articleId} is null) <> (${t.url} is null)`),
  ],
);
