import 'server-only';
import { and, asc, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articleTags, articles, media, relatedArticles, sectionTranslations, tags, users } from '@/db/schema';
import { canViewArticle, type Role } from '../auth/permissions';
import type { Locale } from '../i18n/config';
import { listCorrections } from '../corrections';
import { rankRelated } from '../related';
import { routes } from '../routes';
import { shareCrop, variantImages } from '../seo/images';
import { byline, cardColumns, cardQuery, toCard } from './cards';
import { readerDates, type ArticleStatus } from './live';
import type { ArticleCard, ArticlePage } from './types';
import { isVisible } from './visibility';

const RELATED_LIMIT = 4;

/**
 * Who is asking for an article page: readers find a story by language and slug and see it only
 * while it is visible; staff preview any article by id, in any status, if they may view it.
 */
export type ArticleAudience =
  { readers: true; locale: Locale; slug: string } | { readers: false; actor: { id: number; role: Role }; id: number };

export type LoadedArticle = { article: ArticlePage; status: ArticleStatus; deleted: boolean };

/** The one loader of an article page, shaped the same for readers and for a staff preview. */
export async function loadArticlePage(db: Db, audience: ArticleAudience): Promise<LoadedArticle | null> {
  const where: SQL = audience.readers
    ? and(eq(articles.locale, audience.locale), eq(articles.slug, audience.slug), isVisible())!
    : eq(articles.id, audience.id);
  const [row] = await db
    .select({
      ...cardColumns,
      body: articles.body,
      featuredCaption: articles.featuredCaption,
      featuredCredit: articles.featuredCredit,
      mediaVariants: media.variants,
      status: articles.status,
      deletedAt: articles.deletedAt,
      updatedAt: articles.updatedAt,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      commentsOpen: articles.commentsOpen,
      translationGroupId: articles.translationGroupId,
      authorBio: users.bio,
      authorSocial: users.social,
      authorPhoto: users.photo,
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(
      sectionTranslations,
      and(eq(sectionTranslations.sectionId, articles.sectionId), eq(sectionTranslations.locale, articles.locale)),
    )
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
    .where(where);
  if (!row) return null;
  if (!audience.readers && !canViewArticle(audience.actor, { authorId: row.authorId })) return null;

  const [tagRows, translations, related, corrections] = await Promise.all([
    db
      .select({ id: tags.id, name: tags.name, slug: tags.slug })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, row.id))
      .orderBy(asc(tags.name)),
    // Links to other languages point at what readers can open, in a preview too.
    db
      .select({ locale: articles.locale, slug: articles.slug, title: articles.title })
      .from(articles)
      .where(and(eq(articles.translationGroupId, row.translationGroupId), ne(articles.id, row.id), isVisible()))
      .orderBy(asc(articles.locale)),
    listRelated(db, row.id, row.locale, row.sectionId),
    listCorrections(db, row.id),
  ]);

  const article: ArticlePage = {
    ...toCard(row),
    imageCaption: row.mediaPath ? row.featuredCaption : '',
    imageCredit: row.mediaPath ? row.featuredCredit : '',
    imageVariants: row.mediaPath
      ? variantImages(row.mediaVariants ?? [], {
          src: routes.media(row.mediaPath),
          width: row.mediaWidth ?? 0,
          height: row.mediaHeight ?? 0,
        })
      : [],
    shareImage: row.mediaPath ? shareCrop(row.mediaVariants ?? []) : null,
    translationGroupId: row.translationGroupId,
    body: row.body,
    // An unpublished story (in a preview) has no date yet: its last change stands where the date will be.
    ...readerDates(row),
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    commentsOpen: row.commentsOpen,
    tags: tagRows,
    translations,
    related,
    corrections,
    // The author box at the story's end: the signing author's biography in the story's language.
    authorProfile: byline(row).author
      ? { bio: row.authorBio[row.locale]?.trim() ?? '', social: row.authorSocial, photo: row.authorPhoto ?? null }
      : null,
  };
  return { article, status: row.status, deleted: row.deletedAt !== null };
}

/** A story as readers see it, or null while they cannot. */
export async function getArticleBySlug(db: Db, locale: Locale, slug: string): Promise<ArticlePage | null> {
  return (await loadArticlePage(db, { readers: true, locale, slug }))?.article ?? null;
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
