import 'server-only';
import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articles, sectionTranslations, sections, users } from '@/db/schema';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import { locales, type Locale } from '../i18n/config';
import { containsPattern } from '../like-pattern';
import { cleanQuery } from '../search/params';
import { matches } from '../search/search';
import type { ArticleKind } from './kind';
import type { ArticleStatus } from './live';
import { referenceableArticles } from './visibility';

// The newsroom's lists: the dashboard, the pickers' search and the editor's choices. A refusal
// is an empty list (a person who may not see articles sees none).

export type AdminListFilter = {
  /** Stories (the dashboard, by default) or static pages (/admin/pages). */
  kind?: ArticleKind;
  status?: ArticleStatus | 'trash';
  locale?: Locale;
  sectionId?: number;
  authorId?: number;
  q?: string;
  sort?: 'updated' | 'published' | 'title';
  page?: number;
  pageSize?: number;
};

export type AdminListItem = {
  id: number;
  title: string;
  slug: string;
  locale: Locale;
  status: ArticleStatus;
  deleted: boolean;
  author: string;
  section: string | null;
  publishedAt: string | null;
  updatedAt: string;
};

export type AdminList = {
  items: AdminListItem[];
  total: number;
  page: number;
  pageCount: number;
  counts: Partial<Record<ArticleStatus | 'trash', number>>;
};

/**
 * The dashboard's text search: the readers' search index (every word of the headline, dek, tags,
 * section and body, each story read in its own language, accents and Arabic spellings folded as
 * for readers) in the asked language or all three, or a part of the headline (`budg`, `ميزان`),
 * which the title's trigram index answers. Applied inside the staff member's scope like any filter.
 */
function textMatches(q: string, locale: Locale | undefined): SQL {
  return or(matches(q, locale ? [locale] : locales), ilike(articles.title, containsPattern(q)))!;
}

/** The dashboard's list: everything for editors and admins, their own for authors, nothing for others. */
export async function listArticlesForAdmin(db: Db, actor: Actor, filter: AdminListFilter): Promise<AdminList> {
  if (!can(actor.role, 'article.create')) return { items: [], total: 0, page: 1, pageCount: 1, counts: {} };
  const conditions: SQL[] = [eq(articles.kind, filter.kind ?? 'story')];
  if (!can(actor.role, 'article.edit-any')) conditions.push(eq(articles.authorId, actor.id));
  const scope = conditions.length ? and(...conditions) : undefined;
  const where: SQL[] = [...conditions];
  if (filter.status === 'trash') where.push(isNotNull(articles.deletedAt));
  else {
    where.push(isNull(articles.deletedAt));
    if (filter.status) where.push(eq(articles.status, filter.status));
  }
  if (filter.locale) where.push(eq(articles.locale, filter.locale));
  if (filter.sectionId) where.push(eq(articles.sectionId, filter.sectionId));
  if (filter.authorId) where.push(eq(articles.authorId, filter.authorId));
  const q = cleanQuery(filter.q ?? '');
  if (q) where.push(textMatches(q, filter.locale));
  const page = Math.max(1, filter.page ?? 1);
  const pageSize = filter.pageSize ?? 20;
  const order =
    filter.sort === 'title'
      ? [asc(articles.title)]
      : filter.sort === 'published'
        ? [sql`${articles.publishedAt} desc nulls last`, desc(articles.id)]
        : [desc(articles.updatedAt), desc(articles.id)];
  const [rows, [total], counts] = await Promise.all([
    db
      .select({
        id: articles.id,
        title: articles.title,
        slug: articles.slug,
        locale: articles.locale,
        status: articles.status,
        deletedAt: articles.deletedAt,
        author: users.name,
        section: sectionTranslations.name,
        publishedAt: articles.publishedAt,
        updatedAt: articles.updatedAt,
      })
      .from(articles)
      .innerJoin(users, eq(users.id, articles.authorId))
      .leftJoin(
        sectionTranslations,
        and(eq(sectionTranslations.sectionId, articles.sectionId), eq(sectionTranslations.locale, articles.locale)),
      )
      .where(and(...where))
      .orderBy(...order)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(articles)
      .where(and(...where)),
    db
      .select({
        status: sql<string>`case when ${articles.deletedAt} is not null then 'trash' else ${articles.status}::text end`,
        n: sql<number>`count(*)::int`,
      })
      .from(articles)
      .where(scope)
      .groupBy(sql`1`),
  ]);
  const items: AdminListItem[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    slug: r.slug,
    locale: r.locale,
    status: r.status,
    deleted: r.deletedAt !== null,
    author: r.author,
    section: r.section,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
  }));
  const statusCounts = Object.fromEntries(counts.map((c) => [c.status, c.n])) as Partial<
    Record<ArticleStatus | 'trash', number>
  >;
  return {
    items,
    total: total?.n ?? 0,
    page,
    pageCount: Math.max(1, Math.ceil((total?.n ?? 0) / pageSize)),
    counts: statusCounts,
  };
}

/** Articles to offer as "translation of" or "related" choices in the editor. */
export async function searchArticleChoices(
  db: Db,
  actor: Actor,
  q: string,
  locale?: Locale,
  excludeLocale?: Locale,
  kind: ArticleKind = 'story',
) {
  if (!can(actor.role, 'article.create')) return [];
  const pattern = `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({ id: articles.id, title: articles.title, locale: articles.locale, status: articles.status })
    .from(articles)
    .where(
      and(
        isNull(articles.deletedAt),
        eq(articles.kind, kind),
        referenceableArticles(actor),
        q.trim() ? ilike(articles.title, pattern) : undefined,
        locale ? eq(articles.locale, locale) : undefined,
        excludeLocale ? ne(articles.locale, excludeLocale) : undefined,
      ),
    )
    .orderBy(desc(articles.updatedAt))
    .limit(20);
}

export type ArticleChoice = { id: number; title: string; locale: Locale };

/** Titles of picked articles (related, translation of), for the editor's chips. */
export async function getArticleChoices(
  db: Db,
  actor: Actor,
  ids: number[],
  kind?: ArticleKind,
): Promise<ArticleChoice[]> {
  if (!ids.length || !can(actor.role, 'article.create')) return [];
  const rows = await db
    .select({ id: articles.id, title: articles.title, locale: articles.locale })
    .from(articles)
    .where(and(inArray(articles.id, ids), referenceableArticles(actor), kind ? eq(articles.kind, kind) : undefined));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is ArticleChoice => Boolean(r));
}

export type SectionChoice = { id: number; names: Partial<Record<Locale, string>> };

/** Sections with their name in every language, so the select follows the article's language (writers only). */
export async function listSectionChoices(db: Db, actor: Actor): Promise<SectionChoice[]> {
  if (!can(actor.role, 'article.create')) return [];
  const rows = await db
    .select({ id: sections.id, locale: sectionTranslations.locale, name: sectionTranslations.name })
    .from(sections)
    .innerJoin(sectionTranslations, eq(sectionTranslations.sectionId, sections.id))
    .orderBy(asc(sections.position), asc(sections.id));
  const out = new Map<number, SectionChoice>();
  for (const r of rows) {
    const choice = out.get(r.id) ?? { id: r.id, names: {} };
    choice.names[r.locale] = r.name;
    out.set(r.id, choice);
  }
  return [...out.values()];
}

/**
 * Credit lines used lately on articles the person may see, most recent first, for the editor to
 * pick from ("AFP", "World Opinions + Agencies"): each once, at most `limit`.
 */
export async function listRecentCredits(db: Db, actor: Actor, limit = 30): Promise<string[]> {
  if (!can(actor.role, 'article.create')) return [];
  const lastUsed = sql<Date>`max(${articles.updatedAt})`;
  const rows = await db
    .select({ credit: articles.bylineCredit, lastUsed })
    .from(articles)
    .where(and(ne(articles.bylineCredit, ''), referenceableArticles(actor)))
    .groupBy(articles.bylineCredit)
    .orderBy(desc(lastUsed), asc(articles.bylineCredit))
    .limit(limit);
  return rows.map((r) => r.credit);
}

/** People who write, for the dashboard's author filter (editors and admins only see it). */
export async function listAuthorChoices(db: Db, actor: Actor): Promise<{ id: number; name: string }[]> {
  if (!can(actor.role, 'article.edit-any')) return [];
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(inArray(users.role, ['admin', 'editor', 'author'])))
    .orderBy(asc(users.name));
}
