import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articleTags, articles, comments, media, sectionTranslations, tags, users } from '@/db/schema';
import { authorDisplayName } from '../articles/cards';
import { byline } from '../articles/cards';
import { filterCondition, type ListFilter } from '../articles/queries';
import { isVisible } from '../articles/visibility';
import type { Locale } from '../i18n/config';
import { routes } from '../routes';
import type { FeedComment, FeedStory } from './types';

/** How many items a feed lists: the latest ones. */
export const FEED_LIMIT = 30;

/** The byline's names, with the author's page (lib/articles/cards.ts decides who is named). */
function bylineLinks(locale: Locale, row: Parameters<typeof byline>[0]): FeedStory['byline'] {
  const { author, credit } = byline(row);
  return [
    ...(author ? [{ name: author.name, path: routes.author(locale, author.slug) }] : []),
    ...(credit ? [{ name: credit, path: null }] : []),
  ];
}

/** The latest visible stories of a language, or of one section, tag or author in it, newest first. */
export async function listFeedStories(
  db: Db,
  locale: Locale,
  filter: ListFilter,
  limit = FEED_LIMIT,
): Promise<FeedStory[]> {
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      dek: articles.dek,
      body: articles.body,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      authorName: authorDisplayName,
      authorSlug: users.slug,
      authorId: users.id,
      bylineCredit: articles.bylineCredit,
      creditOnly: articles.creditOnly,
      sectionName: sectionTranslations.name,
      sectionSlug: sectionTranslations.slug,
      mediaPath: media.path,
      mediaType: media.mimeType,
      mediaSize: media.size,
      mediaWidth: media.width,
      mediaHeight: media.height,
      mediaAlt: media.alt,
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(
      sectionTranslations,
      and(eq(sectionTranslations.sectionId, articles.sectionId), eq(sectionTranslations.locale, articles.locale)),
    )
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
    .where(filterCondition(locale, filter))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  const tagRows = rows.length
    ? await db
        .select({ articleId: articleTags.articleId, name: tags.name, slug: tags.slug })
        .from(articleTags)
        .innerJoin(tags, eq(tags.id, articleTags.tagId))
        .where(
          inArray(
            articleTags.articleId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(tags.name))
    : [];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    path: routes.article(locale, r.slug),
    dek: r.dek,
    body: r.body,
    // When it went live (again, if it was republished): the date the list is ordered by, so a
    // feed's dates always run newest first, as feed readers show them.
    publishedAt: r.publishedAt ?? new Date(0),
    updatedAt: r.updatedAt,
    byline: bylineLinks(locale, r),
    section:
      r.sectionName && r.sectionSlug ? { name: r.sectionName, path: routes.section(locale, r.sectionSlug) } : null,
    tags: tagRows.filter((t) => t.articleId === r.id).map((t) => ({ name: t.name, path: routes.tag(locale, t.slug) })),
    image:
      r.mediaPath && r.mediaType && r.mediaSize !== null && r.mediaWidth && r.mediaHeight
        ? {
            path: routes.media(r.mediaPath),
            type: r.mediaType,
            size: r.mediaSize,
            width: r.mediaWidth,
            height: r.mediaHeight,
            alt: r.mediaAlt?.[locale] ?? '',
          }
        : null,
  }));
}

export type CommentScope = { locale: Locale } | { articleId: number };

/**
 * The latest approved comments on visible stories: of one story, or of a whole language. Only
 * the name and the text are read; the email, address and user agent never leave the database.
 */
export async function listFeedComments(db: Db, scope: CommentScope, limit = FEED_LIMIT): Promise<FeedComment[]> {
  const rows = await db
    .select({
      id: comments.id,
      name: comments.name,
      body: comments.body,
      createdAt: comments.createdAt,
      updatedAt: comments.updatedAt,
      locale: articles.locale,
      slug: articles.slug,
      title: articles.title,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(
      and(
        eq(comments.status, 'approved'),
        isVisible(),
        'articleId' in scope ? eq(articles.id, scope.articleId) : eq(articles.locale, scope.locale),
      ),
    )
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    body: r.body,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    article: { title: r.title, path: routes.article(r.locale, r.slug) },
  }));
}
