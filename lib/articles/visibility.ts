import { and, eq, exists, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articles, media } from '@/db/schema';
import { can, type Role } from '../auth/permissions';
import type { ArticleKind } from './kind';

type Actor = { id: number; role: Role };

/**
 * The one rule for what readers see: published stories, and scheduled ones once their time has
 * come (by the database's clock, or at `now` when given). Trashed stories never. Stories by
 * default: static pages (`kind` 'page') are in no list, feed, search or count, and only the page
 * route, the URL index and the sitemap ask for them.
 */
export function isVisible(now?: Date, kind: ArticleKind | 'any' = 'story'): SQL {
  return and(
    inArray(articles.status, ['published', 'scheduled']),
    lte(articles.publishedAt, now ?? sql`now()`),
    isNull(articles.deletedAt),
    kind === 'any' ? undefined : eq(articles.kind, kind),
  )!;
}

/**
 * Stories readers see under their staff author's name: all but those whose byline is the credit
 * line alone (lib/articles/cards.ts `byline`). Author pages, feeds, sitemaps and search use it.
 */
export const namesItsAuthor: SQL = sql`not (${articles.creditOnly} and ${articles.bylineCredit} <> '')`;

/** Stories (or pages) that become visible by themselves later: their publication time is still ahead. */
export function isUpcoming(kind: ArticleKind | 'any' = 'story'): SQL {
  return and(
    inArray(articles.status, ['published', 'scheduled']),
    gt(articles.publishedAt, sql`now()`),
    isNull(articles.deletedAt),
    kind === 'any' ? undefined : eq(articles.kind, kind),
  )!;
}

/**
 * The one rule for which articles a newsroom screen may show or let someone reference (as a
 * related pick, a translation source, a chip in the editor): the articles `canViewArticle`
 * allows — every article for editors and admins, their own for authors — and, for authors,
 * the stories readers can already see. Others' drafts, pending, scheduled, archived and trashed
 * stories stay invisible to authors, titles and status included. `undefined` means no limit.
 */
export function referenceableArticles(actor: Actor): SQL | undefined {
  // Kept in step with canViewArticle: whoever may view any article may reference any.
  if (can(actor.role, 'article.edit-any')) return undefined;
  if (!can(actor.role, 'article.create')) return sql`false`;
  return or(eq(articles.authorId, actor.id), isVisible(undefined, 'any'));
}

/**
 * Media someone may attach to an article (and so read the path and alternative text of):
 * everything for editors and admins; for authors, what they uploaded themselves and the
 * featured images of articles they may reference. `undefined` means no limit.
 */
export function usableMedia(db: Db, actor: Actor): SQL | undefined {
  const articleScope = referenceableArticles(actor);
  if (articleScope === undefined) return undefined;
  if (!can(actor.role, 'media.upload')) return sql`false`;
  return or(
    eq(media.uploadedBy, actor.id),
    exists(
      db
        .select({ one: sql`1` })
        .from(articles)
        .where(and(eq(articles.featuredMediaId, media.id), articleScope)),
    ),
  );
}
