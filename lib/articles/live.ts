import type { Transition } from '../auth/permissions';

/** Pure rules about stories readers can see now. Imported by the editor and by the server. */
export type ArticleStatus = 'draft' | 'pending' | 'scheduled' | 'published' | 'archived';

/**
 * A scheduled story whose time has come is online without any write (no cron job): for the
 * newsroom it is published, and offers what a published story offers.
 */
export function effectiveStatus(
  status: ArticleStatus,
  publishedAt: Date | string | null,
  now: Date = new Date(),
): ArticleStatus {
  if (status !== 'scheduled' || publishedAt === null) return status;
  return new Date(publishedAt).getTime() <= now.getTime() ? 'published' : status;
}

/** Readers can open it right now (status already through effectiveStatus). */
export function isLive(article: { status: ArticleStatus; deleted: boolean }): boolean {
  return article.status === 'published' && !article.deleted;
}

/** Moves that take a live story offline: the person confirms first, and the server wants the flag. */
export function takesOffline(transition: Transition): boolean {
  return transition === 'unpublish' || transition === 'archive' || transition === 'trash';
}

/**
 * The dates readers see: the first publication (kept across unpublish and republish) and the
 * latest change, which is the return online when a story came back on a scheduled date.
 */
export function readerDates(a: { firstPublishedAt: Date | null; publishedAt: Date | null; updatedAt: Date }): {
  publishedAt: string;
  updatedAt: string;
} {
  const published = a.firstPublishedAt ?? a.publishedAt ?? a.updatedAt;
  let modified = a.publishedAt && a.publishedAt > a.updatedAt ? a.publishedAt : a.updatedAt;
  if (modified < published) modified = published;
  return { publishedAt: published.toISOString(), updatedAt: modified.toISOString() };
}
