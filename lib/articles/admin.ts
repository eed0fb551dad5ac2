import 'server-only';
import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articleTags, articles, media, relatedArticles, tags, users } from '@/db/schema';
import type { Actor } from '../auth/actor';
import { canViewArticle } from '../auth/permissions';
import { cacheTags } from '../cache-tags';
import type { Locale } from '../i18n/config';
import type { ArticleKind } from './kind';
import { effectiveStatus, type ArticleStatus } from './live';
import { referenceableArticles } from './visibility';

// The article as the newsroom reads it: the editor's view of one article, and the before/after
// snapshot every write compares to know which reader caches it touched. Writes live in
// save.ts (create, update, restore a revision) and workflow.ts (transitions); lists in list.ts.

/** Kept for lib/articles/preview.ts, which imports it from here; new code imports lib/auth/actor. */

/** Everything the editor form shows for one article. */
export type EditableArticle = {
  id: number;
  version: number;
  locale: Locale;
  kind: ArticleKind;
  status: ArticleStatus;
  deleted: boolean;
  title: string;
  slug: string;
  dek: string;
  body: string;
  sectionId: number | null;
  tags: string[];
  featuredMedia: { id: number; src: string; alt: string } | null;
  featuredCaption: string;
  featuredCredit: string;
  bylineCredit: string;
  creditOnly: boolean;
  translationGroupId: string;
  translations: { id: number; locale: Locale; title: string }[];
  relatedIds: number[];
  seoTitle: string;
  seoDescription: string;
  commentsOpen: boolean;
  /** When it goes or went live; for a live story readers see `firstPublishedAt` instead. */
  publishedAt: string | null;
  /** When readers could first read it, kept across unpublish and republish. */
  firstPublishedAt: string | null;
  updatedAt: string;
  author: { id: number; name: string };
};

/** Cache tags a change to this article touches, for its state before and after. */
export function tagsTouched(
  states: ({
    id: number;
    locale: Locale;
    kind: ArticleKind;
    slug: string;
    sectionId: number | null;
    authorId: number;
    translationGroupId: string;
    tagIds: number[];
  } | null)[],
): string[] {
  const out = new Set<string>([cacheTags.authors]);
  for (const s of states) {
    if (!s) continue;
    out.add(cacheTags.article(s.id));
    out.add(cacheTags.articleSlug(s.locale, s.slug));
    out.add(cacheTags.translations(s.translationGroupId));
    if (s.kind === 'page') {
      // A page is in no list of stories: only the menus and sitemap that name it change.
      out.add(cacheTags.pages(s.locale));
      continue;
    }
    out.add(cacheTags.stories(s.locale));
    out.add(cacheTags.home(s.locale));
    out.add(cacheTags.author(s.authorId));
    out.add(cacheTags.translations(s.translationGroupId));
    out.add(cacheTags.tags(s.locale));
    if (s.sectionId) out.add(cacheTags.section(s.sectionId));
    for (const t of s.tagIds) out.add(cacheTags.tag(t));
  }
  return [...out];
}

export async function loadState(db: Db, id: number, now = new Date()) {
  const [row] = await db
    .select({
      id: articles.id,
      locale: articles.locale,
      kind: articles.kind,
      slug: articles.slug,
      sectionId: articles.sectionId,
      authorId: articles.authorId,
      translationGroupId: articles.translationGroupId,
      status: articles.status,
      deletedAt: articles.deletedAt,
      version: articles.version,
      publishedAt: articles.publishedAt,
      firstPublishedAt: articles.firstPublishedAt,
    })
    .from(articles)
    .where(eq(articles.id, id));
  if (!row) return null;
  const tagRows = await db.select({ id: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, id));
  return {
    ...row,
    status: effectiveStatus(row.status, row.publishedAt, now),
    tagIds: tagRows.map((t) => t.id),
    deleted: row.deletedAt !== null,
  };
}

export async function getEditableArticle(db: Db, actor: Actor, id: number): Promise<EditableArticle | null> {
  const article = await readEditable(db, id, actor);
  if (!article || !canViewArticle(actor, { authorId: article.author.id })) return null;
  return article;
}

/** With `viewer`, the translations listed are only those the viewer may see (lib/articles/visibility.ts). */
export async function readEditable(db: Db, id: number, viewer?: Actor): Promise<EditableArticle | null> {
  const [row] = await db
    .select({
      id: articles.id,
      version: articles.version,
      locale: articles.locale,
      kind: articles.kind,
      status: articles.status,
      deletedAt: articles.deletedAt,
      title: articles.title,
      slug: articles.slug,
      dek: articles.dek,
      body: articles.body,
      sectionId: articles.sectionId,
      featuredMediaId: articles.featuredMediaId,
      featuredCaption: articles.featuredCaption,
      featuredCredit: articles.featuredCredit,
      bylineCredit: articles.bylineCredit,
      creditOnly: articles.creditOnly,
      mediaPath: media.path,
      mediaAlt: media.alt,
      translationGroupId: articles.translationGroupId,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      commentsOpen: articles.commentsOpen,
      publishedAt: articles.publishedAt,
      firstPublishedAt: articles.firstPublishedAt,
      updatedAt: articles.updatedAt,
      authorId: users.id,
      authorName: users.name,
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
    .where(eq(articles.id, id));
  if (!row) return null;
  const [tagRows, translationRows, relatedRows] = await Promise.all([
    db
      .select({ name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, id))
      .orderBy(asc(tags.name)),
    db
      .select({ id: articles.id, locale: articles.locale, title: articles.title })
      .from(articles)
      .where(
        and(
          eq(articles.translationGroupId, row.translationGroupId),
          ne(articles.id, id),
          isNull(articles.deletedAt),
          viewer ? referenceableArticles(viewer) : undefined,
        ),
      ),
    db
      .select({ id: relatedArticles.relatedId })
      .from(relatedArticles)
      .where(eq(relatedArticles.articleId, id))
      .orderBy(asc(relatedArticles.position)),
  ]);
  return {
    id: row.id,
    version: row.version,
    locale: row.locale,
    kind: row.kind,
    status: effectiveStatus(row.status, row.publishedAt),
    deleted: row.deletedAt !== null,
    title: row.title,
    slug: row.slug,
    dek: row.dek,
    body: row.body,
    sectionId: row.sectionId,
    tags: tagRows.map((t) => t.name),
    featuredMedia:
      row.featuredMediaId && row.mediaPath
        ? { id: row.featuredMediaId, src: `/media/${row.mediaPath}`, alt: row.mediaAlt?.[row.locale] ?? '' }
        : null,
    featuredCaption: row.featuredCaption,
    featuredCredit: row.featuredCredit,
    bylineCredit: row.bylineCredit,
    creditOnly: row.creditOnly,
    translationGroupId: row.translationGroupId,
    translations: translationRows,
    relatedIds: relatedRows.map((r) => r.id),
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    commentsOpen: row.commentsOpen,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    firstPublishedAt: row.firstPublishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    author: { id: row.authorId, name: row.authorName },
  };
}
