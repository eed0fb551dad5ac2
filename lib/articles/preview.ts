import 'server-only';
import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articleTags, articles, media, sectionTranslations, tags, users } from '@/db/schema';
import type { Actor } from './admin';
import { canViewArticle } from '../auth/permissions';
import { routes } from '../routes';
import { readerDates } from './live';
import { authorDisplayName, isVisible, listApprovedComments, listRelated } from './queries';
import type { ArticlePage, PublicComment } from './types';

export type ArticlePreview = {
  article: ArticlePage;
  status: 'draft' | 'pending' | 'scheduled' | 'published' | 'archived';
  deleted: boolean;
  comments: PublicComment[];
};

/**
 * An article in any status, shaped exactly like the reader page's data, for staff who may
 * view it. Never cached: it shows unpublished text.
 */
export async function getArticlePreview(db: Db, actor: Actor, id: number): Promise<ArticlePreview | null> {
  const [row] = await db
    .select({
      id: articles.id,
      locale: articles.locale,
      slug: articles.slug,
      title: articles.title,
      dek: articles.dek,
      body: articles.body,
      featuredCaption: articles.featuredCaption,
      featuredCredit: articles.featuredCredit,
      status: articles.status,
      deletedAt: articles.deletedAt,
      publishedAt: articles.publishedAt,
      firstPublishedAt: articles.firstPublishedAt,
      updatedAt: articles.updatedAt,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      commentsOpen: articles.commentsOpen,
      translationGroupId: articles.translationGroupId,
      sectionId: articles.sectionId,
      sectionName: sectionTranslations.name,
      sectionSlug: sectionTranslations.slug,
      authorId: users.id,
      authorName: authorDisplayName,
      authorSlug: users.slug,
      mediaPath: media.path,
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
    .where(eq(articles.id, id));
  if (!row || !canViewArticle(actor, { authorId: row.authorId })) return null;

  const [tagRows, translations, related, comments] = await Promise.all([
    db
      .select({ id: tags.id, name: tags.name, slug: tags.slug })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, row.id))
      .orderBy(asc(tags.name)),
    // Links to other languages point at what readers can open.
    db
      .select({ locale: articles.locale, slug: articles.slug, title: articles.title })
      .from(articles)
      .where(and(eq(articles.translationGroupId, row.translationGroupId), ne(articles.id, row.id), isVisible()))
      .orderBy(asc(articles.locale)),
    listRelated(db, row.id, row.locale, row.sectionId),
    listApprovedComments(db, row.id),
  ]);
  // An unpublished story has no date yet: its last change stands where the date will be.
  const { publishedAt, updatedAt } = readerDates(row);
  const article: ArticlePage = {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    title: row.title,
    dek: row.dek,
    publishedAt,
    section:
      row.sectionId && row.sectionName && row.sectionSlug
        ? { id: row.sectionId, name: row.sectionName, slug: row.sectionSlug }
        : null,
    author: { id: row.authorId, name: row.authorName, slug: row.authorSlug },
    image:
      row.mediaPath && row.mediaWidth && row.mediaHeight
        ? {
            src: routes.media(row.mediaPath),
            width: row.mediaWidth,
            height: row.mediaHeight,
            alt: row.mediaAlt?.[row.locale] ?? '',
          }
        : null,
    imageCaption: row.mediaPath ? row.featuredCaption : '',
    imageCredit: row.mediaPath ? row.featuredCredit : '',
    commentCount: comments.length,
    translationGroupId: row.translationGroupId,
    body: row.body,
    updatedAt,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    commentsOpen: row.commentsOpen,
    tags: tagRows,
    translations,
    related,
  };
  return { article, status: row.status, deleted: row.deletedAt !== null, comments };
}
