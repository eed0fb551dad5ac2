import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { seedDemo } from '@/scripts/demo/seed';
import { listApprovedComments } from '@/lib/articles/queries';
import { editComment, emptyStatus, moderate, replyAsStaff } from '@/lib/comments/moderate';
import { listQueue, pendingCount, queueCounts } from '@/lib/moderation';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let uploads: string;
const moderator = { id: 0, role: 'moderator' as const, name: 'Mona Moderator', email: 'mona@maydan.example' };
const author = { id: 0, role: 'author' as const, name: 'Adam Author' };

/** The value of a write that must have succeeded. */
function written<R extends { ok: boolean }>(result: R): Extract<R, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result as Extract<R, { ok: true }>;
}

beforeAll(async () => {
  database = await createTestDatabase();
  uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-moderation-'));
  await seedDemo(database.db, { uploadsRoot: uploads });
  const [m] = await database.db
    .insert(schema.users)
    .values({ email: moderator.email, name: moderator.name, slug: 'mona', role: 'moderator' })
    .returning({ id: schema.users.id });
  moderator.id = m!.id;
  const [a] = await database.db
    .insert(schema.users)
    .values({ email: 'adam@maydan.example', name: author.name, slug: 'adam', role: 'author' })
    .returning({ id: schema.users.id });
  author.id = a!.id;
});

afterAll(async () => {
  await database?.dispose();
  fs.rmSync(uploads, { recursive: true, force: true });
});

describe(`moderation queue (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('refuses anyone without the moderation permission', async () => {
    const counts = { pending: 0, approved: 0, spam: 0, trash: 0 };
    expect(await listQueue(database.db, author, { status: 'pending' })).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageCount: 1,
      counts,
    });
    expect(await queueCounts(database.db, author)).toEqual(counts);
    expect(await pendingCount(database.db, author)).toBeNull();
    const before = await database.db.select().from(schema.comments);
    const forbidden = { ok: false, reason: 'forbidden' };
    expect(await moderate(database.db, author, [before[0]!.id], 'approve')).toEqual(forbidden);
    expect(await emptyStatus(database.db, author, 'spam')).toEqual(forbidden);
    expect(await editComment(database.db, author, before[0]!.id, { name: 'x', website: '', body: 'x' })).toEqual(
      forbidden,
    );
    expect(await replyAsStaff(database.db, { ...author, email: 'adam@maydan.example' }, before[0]!.id, 'x')).toEqual(
      forbidden,
    );
    expect(await database.db.select().from(schema.comments)).toEqual(before);
  });

  it('refuses an empty or impossible selection as invalid, not with an exception', async () => {
    expect(await moderate(database.db, moderator, [], 'approve')).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { ids: 'required' },
    });
    expect(await moderate(database.db, moderator, ['2147483648'], 'approve')).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });

  it('lists pending comments with everything moderators need, and counts per tab', async () => {
    const queue = await listQueue(database.db, moderator, { status: 'pending' });
    expect(queue.items.length).toBeGreaterThan(0);
    const item = queue.items[0]!;
    expect(item.email).toContain('@');
    expect(item.ipHash).toBeTruthy();
    expect(item.heldReason).toBe('new-commenter');
    expect(item.article.title).toBeTruthy();
    expect(queue.counts.pending).toBe(queue.total);
    expect(await pendingCount(database.db, moderator)).toBe(queue.counts.pending);
  });

  it('approves in bulk, records who and when, and the comments become public', async () => {
    const queue = await listQueue(database.db, moderator, { status: 'pending' });
    const ids = queue.items.map((i) => i.id);
    const result = written(await moderate(database.db, moderator, ids, 'approve'));
    expect(result.changed).toBe(ids.length);
    expect(result.invalidate).toContain(`comments:${queue.items[0]!.article.id}`);
    const rows = await database.db.select().from(schema.comments).where(inArray(schema.comments.id, ids));
    expect(rows.every((r) => r.status === 'approved' && r.moderatedBy === moderator.id && r.moderatedAt)).toBe(true);
    const visible = await listApprovedComments(database.db, queue.items[0]!.article.id);
    expect(visible.map((c) => c.id)).toContain(queue.items[0]!.id);
    const audit = await database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'comment.moderate'));
    expect(audit.some((a) => a.actorId === moderator.id && (a.data as { action: string }).action === 'approve')).toBe(
      true,
    );
    expect((await queueCounts(database.db, moderator)).pending).toBe(0);
  });

  it('moves comments through spam, trash and back, deletes only from spam or trash, and empties tabs', async () => {
    const [approved] = (await listQueue(database.db, moderator, { status: 'approved' })).items;
    expect(written(await moderate(database.db, moderator, [approved!.id], 'delete')).changed).toBe(0);
    await moderate(database.db, moderator, [approved!.id], 'spam');
    expect((await listQueue(database.db, moderator, { status: 'spam' })).items.map((i) => i.id)).toContain(
      approved!.id,
    );
    await moderate(database.db, moderator, [approved!.id], 'not-spam');
    await moderate(database.db, moderator, [approved!.id], 'trash');
    await moderate(database.db, moderator, [approved!.id], 'restore');
    const [row] = await database.db
      .select({ status: schema.comments.status })
      .from(schema.comments)
      .where(eq(schema.comments.id, approved!.id));
    expect(row!.status).toBe('pending');
    await moderate(database.db, moderator, [approved!.id], 'trash');
    const emptied = written(await emptyStatus(database.db, moderator, 'trash'));
    expect(emptied.removed).toBeGreaterThanOrEqual(1);
    expect((await database.db.select().from(schema.comments).where(eq(schema.comments.id, approved!.id))).length).toBe(
      0,
    );
  });

  it('edits a comment and replies as staff, published at once', async () => {
    const [target] = (await listQueue(database.db, moderator, { status: 'approved' })).items;
    const edited = await editComment(database.db, moderator, target!.id, {
      name: target!.name,
      website: '',
      body: 'Edited by the desk',
    });
    expect(edited.ok).toBe(true);
    expect(
      await editComment(database.db, moderator, target!.id, { name: '', website: 'javascript:x', body: '' }),
    ).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { name: 'required', website: 'invalid-url', body: 'required' },
    });
    expect(await editComment(database.db, moderator, 2_000_000_000, { name: 'x', website: '', body: 'x' })).toEqual({
      ok: false,
      reason: 'not-found',
    });
    const reply = await replyAsStaff(database.db, moderator, target!.id, 'Thanks, we corrected the figure.');
    expect(reply.ok).toBe(true);
    const visible = await listApprovedComments(database.db, target!.article.id);
    const staffReply = visible.find((c) => c.id === (reply.ok ? reply.id : 0));
    expect(staffReply).toMatchObject({ parentId: target!.id, isStaff: true, name: moderator.name });
    expect(visible.find((c) => c.id === target!.id)?.body).toBe('Edited by the desk');
    // Replying to an approved comment approves nothing else; the queue shows what a reply answers.
    expect(reply.ok && reply.approvedParent).toBe(false);
    const approved = await listQueue(database.db, moderator, { status: 'approved', pageSize: 500 });
    const listed = approved.items.find((i) => i.id === (reply.ok ? reply.id : 0));
    expect(listed?.parent).toEqual({ name: target!.name, body: 'Edited by the desk' });
    expect(approved.items.find((i) => i.id === target!.id)?.parent ?? null).toBe(
      target!.parentId ? expect.anything() : null,
    );
  });

  it('says when a reply approved the pending comment it answers', async () => {
    const [article] = await database.db.select({ id: schema.articles.id }).from(schema.articles).limit(1);
    const [pending] = await database.db
      .insert(schema.comments)
      .values({
        articleId: article!.id,
        name: 'New Reader',
        email: 'new-reader@example.net',
        body: 'First time here.',
        status: 'pending',
        heldReason: 'new-commenter',
      })
      .returning({ id: schema.comments.id });
    const reply = await replyAsStaff(database.db, moderator, pending!.id, 'Welcome to the discussion.');
    expect(reply.ok && reply.approvedParent).toBe(true);
    const [row] = await database.db
      .select({ status: schema.comments.status })
      .from(schema.comments)
      .where(eq(schema.comments.id, pending!.id));
    expect(row?.status).toBe('approved');
  });

  it('filters by article, language and text', async () => {
    const all = await listQueue(database.db, moderator, { status: 'approved', pageSize: 500 });
    const some = all.items[0]!;
    const byArticle = await listQueue(database.db, moderator, { status: 'approved', articleId: some.article.id });
    expect(byArticle.items.every((i) => i.article.id === some.article.id)).toBe(true);
    const ar = await listQueue(database.db, moderator, { status: 'approved', locale: 'ar' });
    expect(ar.items.every((i) => i.article.locale === 'ar')).toBe(true);
    const text = await listQueue(database.db, moderator, { status: 'approved', q: some.name });
    expect(text.items.map((i) => i.id)).toContain(some.id);
    const none = await listQueue(database.db, moderator, { status: 'approved', q: '%_nothing_%' });
    expect(none.items).toHaveLength(0);
  });
});
