import 'server-only';
import { and, asc, desc, eq, exists, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import {
  articleTags,
  articles,
  comments,
  sectionTranslations,
  sections,
  staffDisplayNames,
  tags,
  users,
} from '@/db/schema';
import type { ArticleKind } from './kind';
import type { Locale } from '../i18n/config';
import { cardQuery, toCard } from './cards';
import type { ArticleCard, Paged, PublicComment } from './types';
import { isUpcoming, isVisible, namesItsAuthor } from './visibility';

/** Reader lists (home, sections, tags, authors), what they are lists of, and a story's comments. */
export const PAGE_SIZE = 12;

export type ListFilter = { sectionId?: number; tagId?: number; authorId?: number };

/** Visible stories of a language, within a section, tag or author (the feeds read the same lists). */
export function filterCondition(locale: Locale, filter: ListFilter): SQL {
  const conditions: SQL[] = [eq(articles.locale, locale), isVisible()];
  if (filter.sectionId !== undefined) conditions.push(eq(articles.sectionId, filter.sectionId));
  // An author's list holds the stories readers see under their name (not credit-only ones).
  if (filter.authorId !== undefined) conditions.push(eq(articles.authorId, filter.authorId), namesItsAuthor);
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
export async function getNextScheduledAt(
  db: Db,
  locale: Locale,
  kind: ArticleKind | 'any' = 'story',
): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | null>`min(${articles.publishedAt})` })
    .from(articles)
    .where(and(eq(articles.locale, locale), isUpcoming(kind)));
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
    .select({ id: users.id, name, slug: users.slug, bio: users.bio, social: users.social, photo: users.photo })
    .from(users)
    .leftJoin(staffDisplayNames, and(eq(staffDisplayNames.userId, users.id), eq(staffDisplayNames.locale, locale)))
    .where(eq(users.slug, slug));
  return row ?? null;
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
