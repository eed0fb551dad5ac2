import 'server-only';
import { and, asc, eq, ne, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articles } from '@/db/schema';
import { canViewArticle, type Role } from '../auth/permissions';
import type { Locale } from '../i18n/config';
import { readerDates, type ArticleStatus } from '../articles/live';
import { isVisible } from '../articles/visibility';

/** A static page (About, Contact, a policy) as readers see it. */
export type StaticPage = {
  id: number;
  locale: Locale;
  slug: string;
  title: string;
  dek: string;
  /** Sanitized on every write (lib/sanitize.ts). */
  body: string;
  /** First publication, and the last change readers saw ("Last updated"). */
  publishedAt: string;
  updatedAt: string;
  seoTitle: string;
  seoDescription: string;
  translationGroupId: string;
  /** The same page in the other languages, as far as readers can open it. */
  translations: { locale: Locale; slug: string; title: string }[];
};

/** Readers find a page by language and slug while it is online; staff preview any page by id. */
export type PageAudience =
  { readers: true; locale: Locale; slug: string } | { readers: false; actor: { id: number; role: Role }; id: number };

export type LoadedPage = { page: StaticPage; status: ArticleStatus; deleted: boolean };

export async function loadStaticPage(db: Db, audience: PageAudience): Promise<LoadedPage | null> {
  const where: SQL = audience.readers
    ? and(eq(articles.locale, audience.locale), eq(articles.slug, audience.slug), isVisible(undefined, 'page'))!
    : and(eq(articles.id, audience.id), eq(articles.kind, 'page'))!;
  const [row] = await db
    .select({
      id: articles.id,
      locale: articles.locale,
      slug: articles.slug,
      title: articles.title,
      dek: articles.dek,
      body: articles.body,
      status: articles.status,
      deletedAt: articles.deletedAt,
      authorId: articles.authorId,
      publishedAt: articles.publishedAt,
      firstPublishedAt: articles.firstPublishedAt,
      updatedAt: articles.updatedAt,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      translationGroupId: articles.translationGroupId,
    })
    .from(articles)
    .where(where);
  if (!row) return null;
  if (!audience.readers && !canViewArticle(audience.actor, { authorId: row.authorId })) return null;
  const translations = await db
    .select({ locale: articles.locale, slug: articles.slug, title: articles.title })
    .from(articles)
    .where(
      and(
        eq(articles.translationGroupId, row.translationGroupId),
        ne(articles.id, row.id),
        isVisible(undefined, 'page'),
      ),
    )
    .orderBy(asc(articles.locale));
  return {
    page: {
      id: row.id,
      locale: row.locale,
      slug: row.slug,
      title: row.title,
      dek: row.dek,
      body: row.body,
      ...readerDates(row),
      seoTitle: row.seoTitle,
      seoDescription: row.seoDescription,
      translationGroupId: row.translationGroupId,
      translations,
    },
    status: row.status,
    deleted: row.deletedAt !== null,
  };
}

/** Which kind an article row is, for the staff preview to pick its view. */
export async function getArticleKind(db: Db, id: number) {
  const [row] = await db.select({ kind: articles.kind }).from(articles).where(eq(articles.id, id));
  return row?.kind ?? null;
}
