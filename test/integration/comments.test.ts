import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { seedDemo } from '@/scripts/demo/seed';
import { createChallenge } from '@/lib/captcha';
import { submitComment, type SubmitRaw } from '@/lib/comments/submit';
import { listApprovedComments } from '@/lib/articles/queries';
import { updateCommentSettings } from '@/lib/settings';
import { createTestDatabase } from '../support/database';
import { solveQuestion as solve } from '../support/captcha';

/** An admin changing the rules; the audit records the first seeded account. */
const admin = { id: 1, role: 'admin' as const };

const secret = 'integration-captcha-secret';
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let uploads: string;
let articleId: number;
let clock = new Date();

/** A filled form whose challenge was shown `shownSecondsAgo` before the clock. */
function form(overrides: Partial<SubmitRaw> = {}, answer?: string, shownSecondsAgo = 60): SubmitRaw {
  const challenge = createChallenge('en', overrides.articleId ?? articleId, {
    now: new Date(clock.getTime() - shownSecondsAgo * 1000),
    secret,
  });
  return {
    articleId,
    name: 'Amina Reader',
    email: 'amina@example.net',
    website: '',
    body: `A thoughtful comment ${Math.random()}`,
    parentId: '',
    captchaToken: challenge.token,
    captchaAnswer: answer ?? solve(challenge.question),
    honeypot: '',
    ...overrides,
  };
}

const ctx = (ip = '203.0.113.7') => ({ ip, userAgent: 'vitest', now: clock, captchaSecret: secret, ipSecret: secret });

beforeAll(async () => {
  database = await createTestDatabase();
  uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-comments-'));
  await seedDemo(database.db, { uploadsRoot: uploads });
  const [article] = await database.db
    .select({ id: schema.articles.id })
    .from(schema.articles)
    .where(
      and(eq(schema.articles.status, 'published'), eq(schema.articles.kind, 'story'), eq(schema.articles.locale, 'en')),
    )
    .orderBy(sql`${schema.articles.publishedAt} desc`)
    .limit(1);
  articleId = article!.id;
});

afterAll(async () => {
  await database?.dispose();
  fs.rmSync(uploads, { recursive: true, force: true });
});

describe(`comment submission (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('holds a first comment for moderation and keeps it out of the public list', async () => {
    const result = await submitComment(database.db, form(), ctx('198.51.100.1'));
    expect(result).toMatchObject({ ok: true, comment: { status: 'pending', heldReason: 'new-commenter' } });
    const visible = await listApprovedComments(database.db, articleId);
    expect(visible.map((c) => c.id)).not.toContain(result.ok && result.comment.id);
  });

  it('refuses a wrong answer and a replayed challenge, keeping field errors precise', async () => {
    const wrong = await submitComment(database.db, form({}, '99999'), ctx('198.51.100.2'));
    expect(wrong).toEqual({ ok: false, reason: 'invalid', fieldErrors: { captcha: 'wrong' } });
    const once = form({ email: 'replay@example.net' });
    expect((await submitComment(database.db, once, ctx('198.51.100.3'))).ok).toBe(true);
    const replay = await submitComment(
      database.db,
      { ...once, body: 'Different text, same challenge' },
      ctx('198.51.100.3'),
    );
    expect(replay).toEqual({ ok: false, reason: 'invalid', fieldErrors: { captcha: 'replayed' } });
  });

  it('validates every field with a code per field', async () => {
    const result = await submitComment(
      database.db,
      form({ name: '', email: 'not-an-email', website: 'javascript:alert(1)', body: 'x'.repeat(5001) }),
      ctx('198.51.100.4'),
    );
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { name: 'required', email: 'invalid', website: 'invalid-url', body: 'too-long' },
    });
  });

  it('auto-approves a known commenter, holds link-heavy comments, blocks listed words and addresses', async () => {
    await database.db
      .update(schema.comments)
      .set({ status: 'approved' })
      .where(eq(schema.comments.email, 'amina@example.net'));
    // The rule is off by default (emails are not verified); this test is about the rule when on.
    await updateCommentSettings(database.db, admin, {
      closeAfterDays: '',
      maxLinks: 2,
      blockedWords: '',
      blockedAddresses: '',
      autoApproveKnown: 'on',
      rateLimitCount: 5,
      rateLimitMinutes: 10,
      minFillSeconds: 3,
    });
    const known = await submitComment(database.db, form(), ctx('198.51.100.5'));
    expect(known).toMatchObject({ ok: true, comment: { status: 'approved' } });
    expect(known.ok && known.invalidate).toContain(`comments:${articleId}`);
    const links = await submitComment(
      database.db,
      form({ body: 'see https://a.example https://b.example https://c.example' }),
      ctx('198.51.100.6'),
    );
    expect(links).toMatchObject({ ok: true, comment: { status: 'pending', heldReason: 'too-many-links' } });
    await updateCommentSettings(database.db, admin, {
      closeAfterDays: '',
      maxLinks: 2,
      blockedWords: 'casino\ncheap pills',
      blockedAddresses: '@spam.example\n192.0.2.99',
      autoApproveKnown: 'on',
      rateLimitCount: 5,
      rateLimitMinutes: 10,
      minFillSeconds: 3,
    });
    const word = await submitComment(
      database.db,
      form({ email: 'w@example.net', body: 'Best CASINO in town' }),
      ctx('198.51.100.7'),
    );
    expect(word).toMatchObject({ ok: true, comment: { status: 'spam', heldReason: 'blocklist-word' } });
    const address = await submitComment(database.db, form({ email: 'bot@spam.example' }), ctx('198.51.100.8'));
    expect(address).toMatchObject({ ok: true, comment: { status: 'spam', heldReason: 'blocklist-address' } });
    const ip = await submitComment(database.db, form({ email: 'ip@example.net' }), ctx('192.0.2.99'));
    expect(ip).toMatchObject({ ok: true, comment: { status: 'spam', heldReason: 'blocklist-address' } });
  });

  it('catches honeypots as spam; an instant submission waits in the queue with its reason', async () => {
    const honeypot = await submitComment(
      database.db,
      form({ email: 'h@example.net', honeypot: 'http://spam' }),
      ctx('198.51.100.9'),
    );
    expect(honeypot).toMatchObject({ ok: true, comment: { status: 'spam', heldReason: 'honeypot' } });
    const fast = await submitComment(database.db, form({ email: 'f@example.net' }, undefined, 1), ctx('198.51.100.10'));
    expect(fast).toMatchObject({ ok: true, comment: { status: 'pending', heldReason: 'too-fast' } });
  });

  it('refuses the same comment twice in 24 hours and more than 5 per 10 minutes per IP', async () => {
    const first = form({ email: 'dup@example.net', body: 'Exactly this text.' });
    expect((await submitComment(database.db, first, ctx('198.51.100.20'))).ok).toBe(true);
    const again = await submitComment(
      database.db,
      form({ email: 'DUP@example.net', body: 'Exactly this text.' }),
      ctx('198.51.100.21'),
    );
    expect(again).toEqual({ ok: false, reason: 'duplicate' });
    const ip = '198.51.100.30';
    for (let i = 0; i < 5; i++)
      expect((await submitComment(database.db, form({ email: `r${i}@example.net` }), ctx(ip))).ok).toBe(true);
    expect(await submitComment(database.db, form({ email: 'r6@example.net' }), ctx(ip))).toEqual({
      ok: false,
      reason: 'rate-limited',
    });
    clock = new Date(clock.getTime() + 11 * 60_000);
    expect((await submitComment(database.db, form({ email: 'r7@example.net' }), ctx(ip))).ok).toBe(true);
  });

  it('closes comments per article and after N days', async () => {
    await database.db.update(schema.articles).set({ commentsOpen: false }).where(eq(schema.articles.id, articleId));
    expect(await submitComment(database.db, form({ email: 'c@example.net' }), ctx('198.51.100.40'))).toEqual({
      ok: false,
      reason: 'closed',
    });
    await database.db.update(schema.articles).set({ commentsOpen: true }).where(eq(schema.articles.id, articleId));
    await updateCommentSettings(database.db, admin, {
      closeAfterDays: 1,
      maxLinks: 2,
      blockedWords: '',
      blockedAddresses: '',
      autoApproveKnown: 'on',
      rateLimitCount: 5,
      rateLimitMinutes: 10,
      minFillSeconds: 3,
    });
    const later = new Date(clock.getTime() + 3 * 86_400_000);
    const challenge = createChallenge('en', articleId, { now: new Date(later.getTime() - 60_000), secret });
    const result = await submitComment(
      database.db,
      {
        ...form({ email: 'late@example.net' }),
        captchaToken: challenge.token,
        captchaAnswer: solve(challenge.question),
      },
      { ...ctx('198.51.100.41'), now: later },
    );
    expect(result).toEqual({ ok: false, reason: 'closed' });
    await updateCommentSettings(database.db, admin, {
      closeAfterDays: '',
      maxLinks: 2,
      blockedWords: '',
      blockedAddresses: '',
      autoApproveKnown: 'on',
      rateLimitCount: 5,
      rateLimitMinutes: 10,
      minFillSeconds: 3,
    });
  });

  it('threads replies at most three levels deep', async () => {
    const approvedIds: number[] = [];
    let parent: number | '' = '';
    for (let level = 1; level <= 4; level++) {
      const r = await submitComment(
        database.db,
        form({ email: `t${level}@example.net`, parentId: parent }),
        ctx(`198.51.100.${50 + level}`),
      );
      if (!r.ok) throw new Error(JSON.stringify(r));
      await database.db.update(schema.comments).set({ status: 'approved' }).where(eq(schema.comments.id, r.comment.id));
      approvedIds.push(r.comment.id);
      parent = r.comment.id;
    }
    const [fourth] = await database.db
      .select({ parentId: schema.comments.parentId })
      .from(schema.comments)
      .where(eq(schema.comments.id, approvedIds[3]!));
    expect(fourth!.parentId).toBe(approvedIds[1]);
  });

  it('stores fifty parallel comments exactly once each', async () => {
    const before = await database.db.select({ n: sql<number>`count(*)::int` }).from(schema.comments);
    const forms = Array.from({ length: 50 }, (_, i) =>
      form({ email: `p${i}@example.net`, body: `Parallel comment number ${i}` }),
    );
    const results = await Promise.all(
      forms.map((f, i) => submitComment(database.db, f, ctx(`10.1.${Math.floor(i / 4)}.${i}`))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(50);
    const after = await database.db.select({ n: sql<number>`count(*)::int` }).from(schema.comments);
    expect(after[0]!.n - before[0]!.n).toBe(50);
    const stored = await database.db
      .select({ body: schema.comments.body, n: sql<number>`count(*)::int` })
      .from(schema.comments)
      .where(sql`${schema.comments.body} like 'Parallel comment number %'`)
      .groupBy(schema.comments.body);
    expect(stored).toHaveLength(50);
    expect(stored.every((s) => s.n === 1)).toBe(true);
    // The same challenge sent fifty times at once is accepted exactly once.
    const one = form({ email: 'race@example.net', body: 'Race' });
    const raced = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        submitComment(database.db, { ...one, body: `Race ${i}` }, ctx(`10.2.0.${i}`)),
      ),
    );
    expect(raced.filter((r) => r.ok)).toHaveLength(1);
  });
});
