import 'server-only';
import { and, asc, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/connect';
import { articles, comments, users } from '@/db/schema';
import type { Actor } from './auth/actor';
import { can } from './auth/permissions';
import type { Locale } from './i18n/config';
import { containsPattern } from './like-pattern';

const parentComment = alias(comments, 'parent_comment');

export type QueueStatus = 'pending' | 'approved' | 'spam' | 'trash';
/** A staff reply is signed with the staff member's name and address. */
export type Moderator = Actor & { name: string; email: string };

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

/**
 * Who may read the queue and decide (writes are in lib/comments/moderate.ts). Refusals are
 * values: writes answer `{ ok: false, reason: 'forbidden' }`, reads of a list an empty list,
 * reads of one value null.
 */
export function isModerator(actor: Actor): boolean {
  return can(actor.role, 'comments.moderate');
}

const noCounts = (): Record<QueueStatus, number> => ({ pending: 0, approved: 0, spam: 0, trash: 0 });

export async function listQueue(db: Db, actor: Actor, filter: QueueFilter) {
  const page = Math.max(1, filter.page ?? 1);
  if (!isModerator(actor)) return { items: [] as QueueItem[], total: 0, page, pageCount: 1, counts: noCounts() };
  const where: SQL[] = [eq(comments.status, filter.status)];
  if (filter.articleId) where.push(eq(comments.articleId, filter.articleId));
  if (filter.locale) where.push(eq(articles.locale, filter.locale));
  if (filter.q?.trim()) {
    const p = containsPattern(filter.q);
    where.push(
      or(ilike(comments.body, p), ilike(comments.name, p), ilike(comments.email, p), ilike(articles.title, p))!,
    );
  }
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
  const out = noCounts();
  if (!isModerator(actor)) return out;
  const rows = await db
    .select({ status: comments.status, n: sql<number>`count(*)::int` })
    .from(comments)
    .groupBy(comments.status);
  for (const r of rows) out[r.status] = r.n;
  return out;
}

/** The pending count shown in the admin navigation; null for whoever may not moderate. */
export async function pendingCount(db: Db, actor: Actor): Promise<number | null> {
  if (!isModerator(actor)) return null;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(comments)
    .where(eq(comments.status, 'pending'));
  return row?.n ?? 0;
}
