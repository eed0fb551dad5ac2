import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articles } from '@/db/schema';
import { recordAudit } from '../audit/write';
import type { Actor } from '../auth/actor';
import { can, canTransition, canViewArticle, type Transition } from '../auth/permissions';
import { invalid, ok, refuse, type Result } from '../result';
import { loadState, readEditable, tagsTouched } from './admin';
import { isLive, takesOffline } from './live';
import { keepRevision, type RevisionKind } from './revisions';
import type { Saved } from './save';

/** `invalid` (on `publishAt`): a schedule without a time in the future. */
export type TransitionResult = Result<
  Saved,
  'forbidden' | 'not-found' | 'conflict' | 'confirm-live' | 'invalid',
  'publishAt'
>;

const auditFor: Record<Transition, Parameters<typeof recordAudit>[2]> = {
  submit: 'article.submit',
  publish: 'article.publish',
  schedule: 'article.schedule',
  unpublish: 'article.unpublish',
  archive: 'article.archive',
  trash: 'article.trash',
  restore: 'article.restore',
};

/** The revision kind a workflow move leaves ("restore" from the trash is not a revision restore). */
const revisionKindFor: Record<Transition, RevisionKind> = {
  submit: 'submit',
  publish: 'publish',
  schedule: 'schedule',
  unpublish: 'unpublish',
  archive: 'archive',
  trash: 'trash',
  restore: 'untrash',
};

/**
 * Moves an article through the workflow: submit, publish, schedule, unpublish, archive, trash,
 * restore. A live story is never scheduled or published again (that would move its date or take
 * it offline); taking it offline needs `confirmLive`. The first publication time is kept.
 */
export async function transitionArticle(
  db: Db,
  actor: Actor,
  id: number,
  transition: Transition,
  options: { expectedVersion?: number; publishAt?: Date; now?: Date; confirmLive?: boolean } = {},
): Promise<TransitionResult> {
  const now = options.now ?? new Date();
  const before = await loadState(db, id, now);
  if (!before || !canViewArticle(actor, { authorId: before.authorId })) return refuse('not-found');
  if (
    !canTransition(actor, { authorId: before.authorId, status: before.status, deleted: before.deleted }, transition)
  ) {
    return refuse('forbidden');
  }
  if (options.expectedVersion !== undefined && options.expectedVersion !== before.version) return refuse('conflict');
  const live = isLive(before);
  if (live && takesOffline(transition) && !options.confirmLive) return refuse('confirm-live');
  // A scheduled story goes live without a write: its first publication is recorded on the next move.
  const firstPublishedAt = before.firstPublishedAt ?? (before.status === 'published' ? before.publishedAt : null);
  const set: Partial<typeof articles.$inferInsert> = { firstPublishedAt };
  switch (transition) {
    case 'submit':
      set.status = 'pending';
      break;
    case 'publish':
      set.status = 'published';
      // Republished, a story keeps its first publication date (readers see "Updated").
      set.publishedAt = firstPublishedAt && firstPublishedAt <= now ? firstPublishedAt : now;
      set.firstPublishedAt = set.publishedAt;
      break;
    case 'schedule':
      if (!options.publishAt || Number.isNaN(options.publishAt.getTime()) || options.publishAt <= now)
        return invalid({ publishAt: 'invalid' });
      set.status = 'scheduled';
      set.publishedAt = options.publishAt;
      break;
    case 'unpublish':
      set.status = 'draft';
      break;
    case 'archive':
      set.status = 'archived';
      break;
    case 'trash':
      set.deletedAt = now;
      break;
    case 'restore':
      set.deletedAt = null;
      // Restoring must not put a story online: without the right to publish it comes back as a draft.
      if (before.status !== 'draft' && before.status !== 'pending' && !can(actor.role, 'article.publish'))
        set.status = 'draft';
      break;
  }
  const moved = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(articles)
      .set({
        ...set,
        version: sql`${articles.version} + 1`,
        updatedAt: transition === 'publish' || transition === 'schedule' ? now : sql`${articles.updatedAt}`,
      })
      .where(and(eq(articles.id, id), eq(articles.version, before.version)))
      .returning({ id: articles.id });
    if (!row) return false;
    await keepRevision(
      tx as unknown as Db,
      (await readEditable(tx as unknown as Db, id))!,
      actor.id,
      revisionKindFor[transition],
    );
    await recordAudit(tx, actor.id, auditFor[transition], 'article', id, {
      from: before.status,
      ...(set.status && set.status !== before.status ? { to: set.status } : {}),
      ...(set.publishedAt ? { publishedAt: set.publishedAt.toISOString() } : {}),
    });
    return true;
  });
  if (!moved) return refuse('conflict');
  const after = await loadState(db, id);
  return ok({ article: (await readEditable(db, id, actor))!, invalidate: tagsTouched([before, after]) });
}
