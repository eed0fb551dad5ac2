import 'server-only';
import { and, asc, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articles, comments } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import { containsPattern } from '@/lib/like-pattern';
import type { Actor } from '@/lib/auth/actor';
import { isModerator, type QueueStatus } from '@/lib/moderation';

/** Enough to pick from; a longer list means the words were too vague anyway. */
const MAX_MATCHES = 50;

export type ArticleMatch =
  { kind: 'none' } | { kind: 'several'; articles: { id: number; title: string; locale: Locale }[] };

/**
 * Articles with comments in this tab (and language) whose title contains `title`, in the order
 * the tab lists their comments: oldest first for pending, newest first otherwise.
 */
export async function listQueueArticles(
  db: Db,
  actor: Actor,
  filter: { status: QueueStatus; locale?: Locale; title: string },
) {
  if (!isModerator(actor)) return [];
  const where: SQL[] = [eq(comments.status, filter.status), ilike(articles.title, containsPattern(filter.title))];
  if (filter.locale) where.push(eq(articles.locale, filter.locale));
  const order =
    filter.status === 'pending' ? asc(sql`min(${comments.createdAt})`) : desc(sql`max(${comments.createdAt})`);
  return db
    .select({ id: articles.id, title: articles.title, locale: articles.locale })
    .from(articles)
    .innerJoin(comments, eq(comments.articleId, articles.id))
    .where(and(...where))
    .groupBy(articles.id)
    .orderBy(order, desc(articles.id))
    .limit(MAX_MATCHES);
}

/**
 * The queue's article filter takes an id, or words of a title: those are looked up among the
 * articles with comments in the tab, and one match filters at once.
 */
export async function resolveQueueArticle(
  db: Db,
  actor: Actor,
  view: { status: QueueStatus; locale?: Locale; article?: string },
): Promise<{ articleId?: number; match: ArticleMatch | null }> {
  const raw = view.article?.replace(/^#/, '').trim();
  if (!raw) return { match: null };
  if (/^\d{1,10}$/.test(raw)) return { articleId: Number(raw), match: null };
  const found = await listQueueArticles(db, actor, { status: view.status, locale: view.locale, title: raw });
  if (found.length === 1) return { articleId: found[0]!.id, match: null };
  return { match: found.length === 0 ? { kind: 'none' } : { kind: 'several', articles: found } };
}
