import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/connect';
import { articles, comments } from '@/db/schema';
import { recordAudit } from '../audit/write';
import type { Actor } from '../auth/actor';
import { cacheTags } from '../cache-tags';
import { isModerator, type Moderator, type ModerationAction, type QueueStatus } from '../moderation';
import { invalid, ok, refuse, type Result } from '../result';
import { fieldErrorsFromZod, rowIdParam } from '../validation';
import { commentLimits } from './input';

// The moderators' writes. Each one authorizes first and answers a Result: a refusal is a value.

/** Where each action moves a comment; 'delete' removes it for good (spam and trash only). */
const targetStatus: Record<Exclude<ModerationAction, 'delete'>, QueueStatus> = {
  approve: 'approved',
  unapprove: 'pending',
  spam: 'spam',
  'not-spam': 'pending',
  trash: 'trash',
  restore: 'pending',
};

/** Cache tags to expire after comments of these articles changed (their pages and counts). */
async function tagsFor(db: Db, articleIds: number[]): Promise<string[]> {
  if (articleIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: articles.id, locale: articles.locale })
    .from(articles)
    .where(inArray(articles.id, articleIds));
  return [
    ...new Set(rows.flatMap((r) => [cacheTags.comments(r.id), cacheTags.stories(r.locale), cacheTags.home(r.locale)])),
  ];
}

/** The rows one decision applies to: checked boxes or one bound id. */
export const idsSchema = z.array(rowIdParam).min(1).max(500);

type Written<Value extends object = object> = Result<
  Value & { invalidate: string[] },
  'forbidden' | 'not-found' | 'invalid'
>;

/** Applies one decision to one or many comments; records who and when, in the audit log too. */
export async function moderate(
  db: Db,
  actor: Actor,
  rawIds: unknown,
  action: ModerationAction,
  now = new Date(),
): Promise<Written<{ changed: number }>> {
  if (!isModerator(actor)) return refuse('forbidden');
  const parsed = idsSchema.safeParse(rawIds);
  if (!parsed.success) return invalid(fieldErrorsFromZod(parsed.error, () => 'ids'));
  const ids = [...new Set(parsed.data)];
  const affected = await db
    .select({ id: comments.id, articleId: comments.articleId, status: comments.status })
    .from(comments)
    .where(inArray(comments.id, ids));
  if (affected.length === 0) return ok({ changed: 0, invalidate: [] });
  let changed: number;
  if (action === 'delete') {
    // Permanent deletion only from spam or trash, so a slip on an approved comment is recoverable.
    const deletable = affected.filter((c) => c.status === 'spam' || c.status === 'trash').map((c) => c.id);
    if (deletable.length) await db.delete(comments).where(inArray(comments.id, deletable));
    changed = deletable.length;
  } else {
    const rows = await db
      .update(comments)
      .set({
        status: targetStatus[action],
        moderatedBy: actor.id,
        moderatedAt: now,
        updatedAt: now,
        ...(action === 'approve' ? { heldReason: null } : {}),
      })
      .where(
        inArray(
          comments.id,
          affected.map((c) => c.id),
        ),
      )
      .returning({ id: comments.id });
    changed = rows.length;
  }
  await recordAudit(db, actor.id, 'comment.moderate', 'comment', affected.length === 1 ? affected[0]!.id : null, {
    action,
    ids: affected.map((c) => c.id),
    from: [...new Set(affected.map((c) => c.status))],
  });
  return ok({ changed, invalidate: await tagsFor(db, [...new Set(affected.map((c) => c.articleId))]) });
}

/** Empties the spam or trash tab for good. */
export async function emptyStatus(
  db: Db,
  actor: Actor,
  status: 'spam' | 'trash',
): Promise<Written<{ removed: number }>> {
  if (!isModerator(actor)) return refuse('forbidden');
  const removed = await db
    .delete(comments)
    .where(eq(comments.status, status))
    .returning({ id: comments.id, articleId: comments.articleId });
  await recordAudit(db, actor.id, 'comment.moderate', 'comment', null, {
    action: `empty-${status}`,
    count: removed.length,
  });
  return ok({ removed: removed.length, invalidate: await tagsFor(db, [...new Set(removed.map((r) => r.articleId))]) });
}

/** What a moderator may change in a comment, and what a staff reply says: the reader's limits. */
export const staffCommentSchema = z.object({
  name: z.string().trim().min(1).max(commentLimits.name),
  website: z
    .string()
    .trim()
    .max(commentLimits.website)
    .refine((v) => v === '' || (/^https?:\/\/\S+$/i.test(v) && URL.canParse(v)), 'invalid-url')
    .transform((v) => v || null),
  body: z.string().trim().min(1).max(commentLimits.body),
});
const replySchema = staffCommentSchema.pick({ body: true });

export async function editComment(db: Db, actor: Actor, id: number, raw: unknown): Promise<Written> {
  if (!isModerator(actor)) return refuse('forbidden');
  const parsed = staffCommentSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsFromZod(parsed.error));
  const [row] = await db
    .update(comments)
    .set({ ...parsed.data, updatedAt: new Date() })
    .where(eq(comments.id, id))
    .returning({ id: comments.id, articleId: comments.articleId });
  if (!row) return refuse('not-found');
  await recordAudit(db, actor.id, 'comment.moderate', 'comment', id, { action: 'edit' });
  return ok({ invalidate: await tagsFor(db, [row.articleId]) });
}

/**
 * A staff reply, published at once. Replying to a pending comment approves it too, as in
 * WordPress: the staff member has read it.
 */
export async function replyAsStaff(
  db: Db,
  actor: Moderator,
  parentId: number,
  rawBody: unknown,
  now = new Date(),
): Promise<Written<{ id: number; approvedParent: boolean }>> {
  if (!isModerator(actor)) return refuse('forbidden');
  const parsed = replySchema.safeParse({ body: rawBody });
  if (!parsed.success) return invalid(fieldErrorsFromZod(parsed.error));
  const [parent] = await db
    .select({ id: comments.id, articleId: comments.articleId, status: comments.status, parentId: comments.parentId })
    .from(comments)
    .where(eq(comments.id, parentId));
  if (!parent || parent.status === 'spam' || parent.status === 'trash') return refuse('not-found');
  const inserted = await db.transaction(async (tx) => {
    if (parent.status === 'pending') {
      await tx
        .update(comments)
        .set({ status: 'approved', heldReason: null, moderatedBy: actor.id, moderatedAt: now })
        .where(eq(comments.id, parent.id));
    }
    const [row] = await tx
      .insert(comments)
      .values({
        articleId: parent.articleId,
        parentId: parent.id,
        userId: actor.id,
        name: actor.name,
        email: actor.email,
        body: parsed.data.body,
        status: 'approved',
        moderatedBy: actor.id,
        moderatedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: comments.id });
    await recordAudit(tx, actor.id, 'comment.moderate', 'comment', row!.id, { action: 'reply', parentId });
    return row!;
  });
  return ok({
    id: inserted.id,
    approvedParent: parent.status === 'pending',
    invalidate: await tagsFor(db, [parent.articleId]),
  });
}
