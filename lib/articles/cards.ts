import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import {
  articles,
  comments,
  media,
  sectionTranslations,
  staffDisplayNames,
  users,
  type LocalizedText,
} from '@/db/schema';
import type { Locale } from '../i18n/config';
import { routes } from '../routes';
import type { ArticleCard, ImageDto } from './types';

/** How a story is read for readers: the columns of a card, and how a row becomes one. */
const approvedCount = sql<number>`(select count(*) from ${comments} where ${comments.articleId} = ${articles.id} and ${comments.status} = 'approved')::int`;

/**
 * The author's name for readers of the article's language, or their default name. The byline
 * component isolates it (`<bdi>`), since the default may be in another script.
 */
export const authorDisplayName = sql<string>`coalesce((select ${staffDisplayNames.name} from ${staffDisplayNames} where ${staffDisplayNames.userId} = ${users.id} and ${staffDisplayNames.locale} = ${articles.locale}), ${users.name})`;

export const cardColumns = {
  id: articles.id,
  locale: articles.locale,
  slug: articles.slug,
  title: articles.title,
  dek: articles.dek,
  publishedAt: articles.publishedAt,
  firstPublishedAt: articles.firstPublishedAt,
  sectionId: articles.sectionId,
  sectionName: sectionTranslations.name,
  sectionSlug: sectionTranslations.slug,
  authorId: users.id,
  authorName: authorDisplayName,
  authorSlug: users.slug,
  bylineCredit: articles.bylineCredit,
  creditOnly: articles.creditOnly,
  mediaPath: media.path,
  mediaWidth: media.width,
  mediaHeight: media.height,
  mediaAlt: media.alt,
  commentCount: approvedCount,
};

export type CardRow = {
  id: number;
  locale: Locale;
  slug: string;
  title: string;
  dek: string;
  publishedAt: Date | null;
  firstPublishedAt: Date | null;
  sectionId: number | null;
  sectionName: string | null;
  sectionSlug: string | null;
  authorId: number;
  authorName: string;
  authorSlug: string;
  bylineCredit: string;
  creditOnly: boolean;
  mediaPath: string | null;
  mediaWidth: number | null;
  mediaHeight: number | null;
  mediaAlt: LocalizedText | null;
  commentCount: number;
};

export function toImage(
  row: Pick<CardRow, 'mediaPath' | 'mediaWidth' | 'mediaHeight' | 'mediaAlt'>,
  locale: Locale,
): ImageDto | null {
  if (!row.mediaPath || !row.mediaWidth || !row.mediaHeight) return null;
  return {
    src: routes.media(row.mediaPath),
    width: row.mediaWidth,
    height: row.mediaHeight,
    alt: row.mediaAlt?.[locale] ?? '',
  };
}

/**
 * Who readers see a story is by: the staff author, unless the credit line stands alone, and the
 * credit line. The one place this rule lives; lists, pages, feeds and structured data follow it.
 */
export function byline(row: Pick<CardRow, 'authorId' | 'authorName' | 'authorSlug' | 'bylineCredit' | 'creditOnly'>) {
  const credit = row.bylineCredit.trim();
  return {
    author: credit && row.creditOnly ? null : { id: row.authorId, name: row.authorName, slug: row.authorSlug },
    credit,
  };
}

export function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    title: row.title,
    dek: row.dek,
    // Readers see the first publication date, also when a story was republished since.
    publishedAt: (row.firstPublishedAt ?? row.publishedAt ?? new Date(0)).toISOString(),
    section:
      row.sectionId && row.sectionName && row.sectionSlug
        ? { id: row.sectionId, name: row.sectionName, slug: row.sectionSlug }
        : null,
    ...byline(row),
    image: toImage(row, row.locale),
    commentCount: row.commentCount,
  };
}

export function cardQuery(db: Db) {
  return db
    .select(cardColumns)
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(
      sectionTranslations,
      and(eq(sectionTranslations.sectionId, articles.sectionId), eq(sectionTranslations.locale, articles.locale)),
    )
    .leftJoin(media, eq(media.id, articles.featuredMediaId));
}
