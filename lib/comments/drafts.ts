import 'server-only';
import crypto from 'node:crypto';
import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { commentDrafts, comments } from '@/db/schema';
import { tooLongFields, type CommentFieldErrors } from './input';

/** Values and outcome of a submission made without JavaScript, shown on the comment page. */
export type DraftData = {
  name: string;
  email: string;
  website: string;
  body: string;
  parentId: number | null;
  fieldErrors: Record<string, string>;
  message: string | null;
  outcome: 'error' | 'success' | null;
};

const DRAFT_TTL_MS = 60 * 60 * 1000;

function key(secret?: string) {
  const value = secret ?? process.env.CAPTCHA_SECRET;
  if (!value) throw new Error('CAPTCHA_SECRET is not set.');
  return value;
}

/** `value.signature`, so a cookie cannot point at someone else's draft or comment. */
export function signValue(value: string, secret?: string) {
  return `${value}.${crypto
    .createHmac('sha256', `cookie:${key(secret)}`)
    .update(value)
    .digest('base64url')
    .slice(0, 27)}`;
}

export function verifySigned(signed: string | undefined, secret?: string): string | null {
  if (!signed || signed.length > 4000) return null;
  const dot = signed.lastIndexOf('.');
  if (dot <= 0) return null;
  const value = signed.slice(0, dot);
  const expected = signValue(value, secret);
  return expected.length === signed.length && crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signed))
    ? value
    : null;
}

/** Live drafts one address may hold at once: a reader needs one; a loop of posts gets no more. */
export const MAX_DRAFTS_PER_ADDRESS = 10;

export type SaveDraftResult =
  | { ok: true; id: string }
  | { ok: false; reason: 'too-long'; fieldErrors: CommentFieldErrors }
  | { ok: false; reason: 'rate-limited' };

/**
 * Keeps what a reader typed for the comment page. Over-long values are refused before anything
 * is written; a reader's own draft (from the signed cookie) is updated in place; a new draft is
 * refused once the address holds MAX_DRAFTS_PER_ADDRESS live ones, so cookie-less loops cannot
 * fill the database.
 */
export async function saveDraft(
  db: Db,
  input: { articleId: number; data: DraftData; existingId: string | null; ipHash: string; now?: Date },
): Promise<SaveDraftResult> {
  const { articleId, data, existingId, ipHash } = input;
  const tooLong = tooLongFields(data);
  if (Object.keys(tooLong).length > 0) return { ok: false, reason: 'too-long', fieldErrors: tooLong };
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + DRAFT_TTL_MS);
  if (existingId && /^[0-9a-f-]{36}$/.test(existingId)) {
    const [row] = await db
      .update(commentDrafts)
      .set({ data, expiresAt })
      .where(
        and(eq(commentDrafts.id, existingId), eq(commentDrafts.articleId, articleId), gt(commentDrafts.expiresAt, now)),
      )
      .returning({ id: commentDrafts.id });
    if (row) return { ok: true, id: row.id };
  }
  return db.transaction(async (tx) => {
    // Serialized per address, so parallel posts cannot all pass the count.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`comment-draft:${ipHash}`}))`);
    await tx.delete(commentDrafts).where(lt(commentDrafts.expiresAt, now));
    const [live] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(commentDrafts)
      .where(and(eq(commentDrafts.ipHash, ipHash), gt(commentDrafts.expiresAt, now)));
    if ((live?.n ?? 0) >= MAX_DRAFTS_PER_ADDRESS) return { ok: false, reason: 'rate-limited' } as const;
    const [row] = await tx
      .insert(commentDrafts)
      .values({ articleId, data, expiresAt, ipHash })
      .returning({ id: commentDrafts.id });
    return { ok: true, id: row!.id } as const;
  });
}

/**
 * The draft, for the comment page, with its outcome (message, field errors) cleared as it is
 * read: an outcome shows once, and a later visit, a reload or a reply to another comment
 * starts clean with what was typed still filled in.
 */
export async function takeDraft(db: Db, id: string, articleId: number, now = new Date()): Promise<DraftData | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ data: commentDrafts.data })
      .from(commentDrafts)
      .where(and(eq(commentDrafts.id, id), eq(commentDrafts.articleId, articleId), gt(commentDrafts.expiresAt, now)))
      .for('update');
    const data = (row?.data as DraftData | undefined) ?? null;
    if (data && (data.message || data.outcome || Object.keys(data.fieldErrors ?? {}).length > 0)) {
      await tx
        .update(commentDrafts)
        .set({ data: { ...data, message: null, outcome: null, fieldErrors: {} } })
        .where(eq(commentDrafts.id, id));
    }
    return data;
  });
}

/** The reader's own comments still awaiting moderation (ids come from a signed cookie). */
export async function listOwnPending(db: Db, articleId: number, ids: number[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      name: comments.name,
      website: comments.website,
      body: comments.body,
      createdAt: comments.createdAt,
      status: comments.status,
      articleId: comments.articleId,
    })
    .from(comments)
    .where(and(eq(comments.articleId, articleId), inArray(comments.id, ids), eq(comments.status, 'pending')));
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parentId,
    name: r.name,
    website: r.website,
    body: r.body,
    createdAt: r.createdAt.toISOString(),
    isStaff: false,
  }));
}

/** Own comment ids kept in a signed cookie: at most the 20 latest. */
export function encodeOwnIds(ids: number[], secret?: string) {
  return signValue(ids.slice(-20).join('-'), secret);
}

export function decodeOwnIds(cookie: string | undefined, secret?: string): number[] {
  const value = verifySigned(cookie, secret);
  if (!value) return [];
  return value
    .split('-')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}
