import { and, asc, desc, eq, exists, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import {
  articleTags,
  articles,
  comments,
  media,
  relatedArticles,
  sectionTranslations,
  sections,
  staffDisplayNames,
  tags,
  users,
  type LocalizedText,
} from '@/db/schema';
import type { Locale } from '../i18n/config';
import { rankRelated } from '../related';
import { readerDates } from './live';
import { routes } from '../routes';
import type { ArticleCard, ArticlePage, ImageDto, Paged, PublicComment } from './types';

export const PAGE_SIZE = 12;
const RELATED_LIMIT = 4;

/** Readers see published stories, and scheduled ones once their time has come. */
export function isVisible(): SQL {
  return and(
    inArray(articles.status, ['published', 'scheduled']),
    lte(articles.publishedAt, sql`now()`),
    isNull(articles.deletedAt),
  )!;
}

const approvedCount = sql<number>`(select count(*) from ${comments} where ${comments.articleId} = ${articles.id} and ${comments.status} = 'approved')::int`;

/**
 * The author's name for readers of the article's language, or their default name. The byline
 * component isolates it (`<bdi>`), since the default may be in another script.
 */
export const authorDisplayName = sql<string>`coalesce((select ${staffDisplayNames.name} from ${staffDisplayNames} where ${staffDisplayNames.userId} = ${users.id} and ${staffDisplayNames.locale} = ${articles.locale}), ${users.name})`;

const cardColumns = {
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
  mediaPath: media.path,
  mediaWidth: media.width,
  mediaHeight: media.height,
  mediaAlt: media.alt,
  commentCount: approvedCount,
};

type CardRow = {
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
  mediaPath: string | null;
  mediaWidth: number | null;
  mediaHeight: number | null;
  mediaAlt: LocalizedText | null;
  commentCount: number;
};

function toImage(
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

function toCard(row: CardRow): ArticleCard {
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
    author: { id: row.authorId, name: row.authorName, slug: row.authorSlug },
    image: toImage(row, row.locale),
    commentCount: row.commentCount,
  };
}

function cardQuery(db: Db) {
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

export type ListFilter = { sectionId?: number; tagId?: number; authorId?: number };

function filterCondition(locale: Locale, filter: ListFilter): SQL {
  const conditions: SQL[] = [eq(articles.locale, locale), isVisible()];
  if (filter.sectionId !== undefined) conditions.push(eq(articles.sectionId, filter.sectionId));
  if (filter.authorId !== undefined) conditions.push(eq(articles.authorId, filter.authorId));
  if (filter.tagId !== undefined) {
    conditions.push(
      sql`exists (select 1 from ${articleTags} where ${articleTags.articleId} = ${articles.id} and ${articleTags.tagId} = ${filter.tagId})`,
    );
  }
  return and(...conditions)!;
}

export async function listStories(
  db: Db,
  locale: Locale,
  filter: ListFilter,
  page: number,
  pageSize = PAGE_SIZE,
): Promise<Paged<ArticleCard>> {
  const where = filterCondition(locale, filter);
  const [rows, [countRow]] = await Promise.all([
    cardQuery(db)
      .where(where)
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(articles)
      .where(where),
  ]);
  const total = countRow?.total ?? 0;
  return { items: rows.map(toCard), total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** When the next scheduled story of a locale goes live, so caches can expire right then. */
export async function getNextScheduledAt(db: Db, locale: Locale): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | null>`min(${articles.publishedAt})` })
    .from(articles)
    .where(
      and(
        eq(articles.locale, locale),
        inArray(articles.status, ['published', 'scheduled']),
        sql`${articles.publishedAt} > now()`,
        isNull(articles.deletedAt),
      ),
    );
  return row?.at ? new Date(row.at) : null;
}

export type HomePage = {
  lead: ArticleCard | null;
  latest: ArticleCard[];
  sections: { id: number; name: string; slug: string; stories: ArticleCard[] }[];
};

export async function getHome(db: Db, locale: Locale): Promise<HomePage> {
  const [latest, sectionList] = await Promise.all([listStories(db, locale, {}, 1, 9), listSections(db, locale)]);
  const blocks = await Promise.all(
    sectionList.map(async (section) => ({
      ...section,
      stories: (await listStories(db, locale, { sectionId: section.id }, 1, 4)).items,
    })),
  );
  const [lead = null, ...rest] = latest.items;
  return { lead, latest: rest, sections: blocks.filter((block) => block.stories.length > 0) };
}

/** Sections readers can open in `locale`: a section without a visible story there has no page. */
export async function listSections(db: Db, locale: Locale) {
  return db
    .select({ id: sections.id, name: sectionTranslations.name, slug: sectionTranslations.slug })
    .from(sections)
    .innerJoin(
      sectionTranslations,
      and(eq(sectionTranslations.sectionId, sections.id), eq(sectionTranslations.locale, locale)),
    )
    .where(
      exists(
        db
          .select({ one: sql`1` })
          .from(articles)
          .where(and(eq(articles.sectionId, sections.id), eq(articles.locale, locale), isVisible())),
      ),
    )
    .orderBy(asc(sections.position), asc(sections.id));
}

export async function getSectionBySlug(db: Db, locale: Locale, slug: string) {
  const [row] = await db
    .select({
      id: sectionTranslations.sectionId,
      name: sectionTranslations.name,
      slug: sectionTranslations.slug,
      description: sectionTranslations.description,
    })
    .from(sectionTranslations)
    .where(and(eq(sectionTranslations.locale, locale), eq(sectionTranslations.slug, slug)));
  if (!row) return null;
  const translations = await db
    .select({ locale: sectionTranslations.locale, slug: sectionTranslations.slug, name: sectionTranslations.name })
    .from(sectionTranslations)
    .where(and(eq(sectionTranslations.sectionId, row.id), ne(sectionTranslations.locale, locale)));
  return { ...row, translations };
}

export async function getTagBySlug(db: Db, locale: Locale, slug: string) {
  const [row] = await db
    .select({ id: tags.id, name: tags.name, slug: tags.slug })
    .from(tags)
    .where(and(eq(tags.locale, locale), eq(tags.slug, slug)));
  return row ?? null;
}

/** A staff member with an author page: only people who have published are listed. */
export async function getAuthorBySlug(db: Db, locale: Locale, slug: string) {
  const name = sql<string>`coalesce(${staffDisplayNames.name}, ${users.name})`;
  const [row] = await db
    .select({ id: users.id, name, slug: users.slug, bio: users.bio })
    .from(users)
    .leftJoin(staffDisplayNames, and(eq(staffDisplayNames.userId, users.id), eq(staffDisplayNames.locale, locale)))
    .where(eq(users.slug, slug));
  return row ?? null;
}

export async function getArticleBySlug(db: Db, locale: Locale, slug: string): Promise<ArticlePage | null> {
  const [row] = await db
    .select({
      ...cardColumns,
      body: articles.body,
      featuredCaption: articles.featuredCaption,
      featuredCredit: articles.featuredCredit,
      updatedAt: articles.updatedAt,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      commentsOpen: articles.commentsOpen,
      translationGroupId: articles.translationGroupId,
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(
      sectionTranslations,
      and(eq(sectionTranslations.sectionId, articles.sectionId), eq(sectionTranslations.locale, articles.locale)),
    )
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
    .where(and(eq(articles.locale, locale), eq(articles.slug, slug), isVisible()));
  if (!row) return null;

  const [tagRows, translations, related] = await Promise.all([
    db
      .select({ id: tags.id, name: tags.name, slug: tags.slug })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, row.id))
      .orderBy(asc(tags.name)),
    db
      .select({ locale: articles.locale, slug: articles.slug, title: articles.title })
      .from(articles)
      .where(and(eq(articles.translationGroupId, row.translationGroupId), ne(articles.id, row.id), isVisible()))
      .orderBy(asc(articles.locale)),
    listRelated(db, row.id, locale, row.sectionId),
  ]);

  return {
    ...toCard(row),
    imageCaption: row.mediaPath ? row.featuredCaption : '',
    imageCredit: row.mediaPath ? row.featuredCredit : '',
    translationGroupId: row.translationGroupId,
    body: row.body,
    ...readerDates(row),
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    commentsOpen: row.commentsOpen,
    tags: tagRows,
    translations,
    related,
  };
}

/** "Check also": editor picks, then stories sharing tags or the section, newest first. */
export async function listRelated(
  db: Db,
  articleId: number,
  locale: Locale,
  sectionId: number | null,
): Promise<ArticleCard[]> {
  const sharedTags = sql<number>`(select count(*) from ${articleTags} a join ${articleTags} b on a.tag_id = b.tag_id where a.article_id = ${articles.id} and b.article_id = ${articleId})::int`;
  const sameSection =
    sectionId === null ? sql<boolean>`false` : sql<boolean>`coalesce(${articles.sectionId} = ${sectionId}, false)`;
  const picks = await db
    .select({ id: relatedArticles.relatedId })
    .from(relatedArticles)
    .where(eq(relatedArticles.articleId, articleId))
    .orderBy(asc(relatedArticles.position));
  const pickIds = picks.map((p) => p.id);
  const candidates = await db
    .select({ id: articles.id, publishedAt: articles.publishedAt, sharedTags, sameSection })
    .from(articles)
    .where(
      and(
        eq(articles.locale, locale),
        isVisible(),
        ne(articles.id, articleId),
        or(
          pickIds.length ? inArray(articles.id, pickIds) : undefined,
          sql`${sharedTags} > 0`,
          sectionId === null ? undefined : eq(articles.sectionId, sectionId),
        ),
      ),
    )
    .orderBy(desc(sharedTags), desc(articles.publishedAt))
    .limit(40);
  const ids = rankRelated(
    articleId,
    pickIds,
    candidates.map((c) => ({ ...c, publishedAt: (c.publishedAt ?? new Date(0)).toISOString() })),
    RELATED_LIMIT,
  );
  if (ids.length === 0) return [];
  const rows = await cardQuery(db).where(inArray(articles.id, ids));
  const byId = new Map(rows.map((r) => [r.id, toCard(r)]));
  return ids.map((id) => byId.get(id)).filter((card): card is ArticleCard => Boolean(card));
}

export async function listApprovedComments(db: Db, articleId: number): Promise<PublicComment[]> {
  const rows = await db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      name: comments.name,
      website: comments.website,
      body: comments.body,
      createdAt: comments.createdAt,
      userId: comments.userId,
    })
    .from(comments)
    .where(and(eq(comments.articleId, articleId), eq(comments.status, 'approved')))
    .orderBy(asc(comments.createdAt), asc(comments.id));
  return rows.map(({ userId, createdAt, ...rest }) => ({
    ...rest,
    createdAt: createdAt.toISOString(),
    isStaff: userId !== null,
  }));
}
