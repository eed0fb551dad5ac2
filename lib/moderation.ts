import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db } from '@/db/connect';
import { articles, comments, users } from '@/db/schema';
import { recordAudit } from './audit';
import { can, type Role } from './auth/permissions';
import { cacheTags } from './cache-tags';
import type { Locale } from './i18n/config';
import { containsPattern } from './like-pattern';

const parentComment = alias(comments, 'parent_comment');

export type QueueStatus = 'pending' | 'approved' | 'spam' | 'trash';
export type Actor = { id: number; role: Role; name: string };

/** A comment as moderators see it: everything, including email and IP hash. */
export type QueueItem = {
  id: number;
  parentId: number | null;
  name: string;
  email: string;
  website: string | null;
  body: string;
  status: QueueStatus;
  heldReason: string | null;
  ipHash: string | null;
  userAgent: string | null;
  createdAt: string;
  moderatedAt: string | null;
  moderatedBy: string | null;
  isStaff: boolean;
  article: { id: number; title: string; slug: string; locale: Locale };
  /** The comment this one answers, so a moderator reads a reply in its context. */
  parent: { name: string; body: string } | null;
};

export type QueueFilter = {
  status: QueueStatus;
  articleId?: number;
  locale?: Locale;
  q?: string;
  page?: number;
  pageSize?: number;
};

export const moderationActions = ['approve', 'unapprove', 'spam', 'not-spam', 'trash', 'restore', 'delete'] as const;
export type ModerationAction = (typeof moderationActions)[number];

/** Where each action moves a comment; 'delete' removes it for good (spam and trash only). */
const targetStatus: Record<Exclude<ModerationAction, 'delete'>, QueueStatus> = {
  approve: 'approved',
  unapprove: 'pending',
  spam: 'spam',
  'not-spam': 'pending',
  trash: 'trash',
  restore: 'pending',
};

export class ModerationForbidden extends Error {}

export function assertModerator(actor: Actor) {
  if (!can(actor.role, 'comments.moderate')) throw new ModerationForbidden();
}

export async function listQueue(db: Db, actor: Actor, filter: QueueFilter) {
  assertModerator(actor);
  const where: SQL[] = [eq(comments.status, filter.status)];
  if (filter.articleId) where.push(eq(comments.articleId, filter.articleId));
  if (filter.locale) where.push(eq(articles.locale, filter.locale));
  if (filter.q?.trim()) {
    const p = containsPattern(filter.q);
    where.push(
      or(ilike(comments.body, p), ilike(comments.name, p), ilike(comments.email, p), ilike(articles.title, p))!,
    );
  }
  const page = Math.max(1, filter.page ?? 1);
  const pageSize = filter.pageSize ?? 25;
  const moderator = sql<
    string | null
  >`(select ${users.name} from ${users} where ${users.id} = ${comments.moderatedBy})`;
  const [rows, [total], counts] = await Promise.all([
    db
      .select({
        id: comments.id,
        parentId: comments.parentId,
        name: comments.name,
        email: comments.email,
        website: comments.website,
        body: comments.body,
        status: comments.status,
        heldReason: comments.heldReason,
        ipHash: comments.ipHash,
        userAgent: comments.userAgent,
        createdAt: comments.createdAt,
        moderatedAt: comments.moderatedAt,
        moderatedBy: moderator,
        userId: comments.userId,
        articleId: articles.id,
        articleTitle: articles.title,
        articleSlug: articles.slug,
        articleLocale: articles.locale,
        parentName: parentComment.name,
        parentBody: sql<string | null>`left(${parentComment.body}, 400)`,
      })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .leftJoin(parentComment, eq(parentComment.id, comments.parentId))
      .where(and(...where))
      .orderBy(filter.status === 'pending' ? asc(comments.createdAt) : desc(comments.createdAt), desc(comments.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(and(...where)),
    queueCounts(db, actor),
  ]);
  const items: QueueItem[] = rows.map((r) => ({
    id: r.id,
    parentId: r.parentId,
    name: r.name,
    email: r.email,
    website: r.website,
    body: r.body,
    status: r.status,
    heldReason: r.heldReason,
    ipHash: r.ipHash,
    userAgent: r.userAgent,
    createdAt: r.createdAt.toISOString(),
    moderatedAt: r.moderatedAt?.toISOString() ?? null,
    moderatedBy: r.moderatedBy,
    isStaff: r.userId !== null,
    article: { id: r.articleId, title: r.articleTitle, slug: r.articleSlug, locale: r.articleLocale },
    parent: r.parentName !== null && r.parentBody !== null ? { name: r.parentName, body: r.parentBody } : null,
  }));
  return { items, total: total?.n ?? 0, page, pageCount: Math.max(1, Math.ceil((total?.n ?? 0) / pageSize)), counts };
}

export async function queueCounts(db: Db, actor: Actor): Promise<Record<QueueStatus, number>> {
  assertModerator(actor);
  const rows = await db
    .select({ status: comments.status, n: sql<number>`count(*)::int` })
    .from(comments)
    .groupBy(comments.status);
  const out: Record<QueueStatus, number> = { pending: 0, approved: 0, spam: 0, trash: 0 };
  for (const r of rows) out[r.status] = r.n;
  return out;
}

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

export const idsSchema = z.array(z.coerce.number().int().positive()).min(1).max(500);

/** Applies one decision to one or many comments; records who and when, in the audit log too. */
export async function moderate(db: Db, actor: Actor, rawIds: unknown, action: ModerationAction, now = new Date()) {
  assertModerator(actor);
  const ids = [...new Set(idsSchema.parse(rawIds))];
  const affected = await db
    .select({ id: comments.id, articleId: comments.articleId, status: comments.status })
    .from(comments)
    .where(inArray(comments.id, ids));
  if (affected.length === 0) return { changed: 0, invalidate: [] as string[] };
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
  return { changed, invalidate: await tagsFor(db, [...new Set(affected.map((c) => c.articleId))]) };
}

/** Empties the spam or trash tab for good. */
export async function emptyStatus(db: Db, actor: Actor, status: 'spam' | 'trash') {
  assertModerator(actor);
  const removed = await db
    .delete(comments)
    .where(eq(comments.status, status))
    .returning({ id: comments.id, articleId: comments.articleId });
  await recordAudit(db, actor.id, 'comment.moderate', 'comment', null, {
    action: `empty-${status}`,
    count: removed.length,
  });
  return { removed: removed.length, invalidate: await tagsFor(db, [...new Set(removed.map((r) => r.articleId))]) };
}

export const editSchema = z.object({
  name: z.string().trim().min(1).max(80),
  website: z
    .string()
    .trim()
    .max(200)
    .refine((v) => v === '' || (/^https?:\/\/\S+$/i.test(v) && URL.canParse(v)))
    .transform((v) => v || null),
  body: z.string().trim().min(1).max(5000),
});

export async function editComment(db: Db, actor: Actor, id: number, raw: unknown) {
  assertModerator(actor);
  const parsed = editSchema.safeParse(raw);
  if (!parsed.success) return { ok: false as const, error: parsed.error };
  const [row] = await db
    .update(comments)
    .set({ ...parsed.data, updatedAt: new Date() })
    .where(eq(comments.id, id))
    .returning({ id: comments.id, articleId: comments.articleId });
  if (!row) return { ok: false as const, error: null };
  await recordAudit(db, actor.id, 'comment.moderate', 'comment', id, { action: 'edit' });
  return { ok: true as const, invalidate: await tagsFor(db, [row.articleId]) };
}

/**
 * A staff reply, published at once. Replying to a pending comment approves it too, as in
 * WordPress: the staff member has read it.
 */
export async function replyAsStaff(
  db: Db,
  actor: Actor & { email: string },
  parentId: number,
  rawBody: unknown,
  now = new Date(),
) {
  assertModerator(actor);
  const body = z.string().trim().min(1).max(5000).safeParse(rawBody);
  if (!body.success) return { ok: false as const, error: body.error };
  const [parent] = await db
    .select({ id: comments.id, articleId: comments.articleId, status: comments.status, parentId: comments.parentId })
    .from(comments)
    .where(eq(comments.id, parentId));
  if (!parent || parent.status === 'spam' || parent.status === 'trash') return { ok: false as const, error: null };
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
        body: body.data,
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
  return {
    ok: true as const,
    id: inserted.id,
    approvedParent: parent.status === 'pending',
    invalidate: await tagsFor(db, [parent.articleId]),
  };
}

/** The pending count shown in the admin navigation. */
export async function pendingCount(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(comments)
    .where(eq(comments.status, 'pending'));
  return row?.n ?? 0;
}
