import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as schema from '@/db/schema';
import { seedDemo } from '@/scripts/demo/seed';
import { createChallenge } from '@/lib/captcha';
import { errorSummary, isDatabaseUnavailable } from '@/lib/comments/db-unavailable';
import { MAX_DRAFTS_PER_ADDRESS, saveDraft, takeDraft, type DraftData } from '@/lib/comments/drafts';
import { commentIpHash, submitComment, type SubmitRaw } from '@/lib/comments/submit';
import { defaultCommentSettings } from '@/lib/comments/rules';
import { FIRST_ADMIN_EMAIL } from '@/lib/first-admin';
import { readCommentSettings, updateCommentSettings } from '@/lib/settings';
import { createTestDatabase } from '../support/database';
import { solveQuestion as solve } from '../support/captcha';

const secret = 'hardening-captcha-secret';
const label = process.env.DATABASE_URL ? 'postgres' : 'pglite';
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let uploads: string;
let articleId: number;
let adminId: number;
const admin = () => ({ id: adminId, role: 'admin' as const });
const now = new Date();
const ONE_MB = 'x'.repeat(1024 * 1024);

function form(overrides: Partial<SubmitRaw> = {}): SubmitRaw & { answer: number } {
  const challenge = createChallenge('en', articleId, { now: new Date(now.getTime() - 60_000), secret });
  const answer = Number(solve(challenge.question));
  return {
    articleId,
    name: 'Rania Reader',
    email: 'rania@example.net',
    website: '',
    body: `A hardened comment ${Math.random()}`,
    parentId: '',
    captchaToken: challenge.token,
    captchaAnswer: String(answer),
    honeypot: '',
    answer,
    ...overrides,
  };
}

const ctx = (ip: string) => ({ ip, userAgent: 'vitest', now, captchaSecret: secret, ipSecret: secret });
const count = async (table: typeof schema.comments | typeof schema.commentDrafts | typeof schema.captchaNonces) =>
  (await database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
const draft = (body: string): DraftData => ({
  name: 'Rania',
  email: 'rania@example.net',
  website: '',
  body,
  parentId: null,
  fieldErrors: {},
  message: null,
  outcome: null,
});

beforeAll(async () => {
  database = await createTestDatabase();
  uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-hardening-'));
  await seedDemo(database.db, { uploadsRoot: uploads });
  const [article] = await database.db
    .select({ id: schema.articles.id })
    .from(schema.articles)
    .where(and(eq(schema.articles.status, 'published'), eq(schema.articles.locale, 'en')))
    .orderBy(sql`${schema.articles.publishedAt} desc`)
    .limit(1);
  articleId = article!.id;
  const [admin] = await database.db.select({ id: schema.users.id }).from(schema.users).limit(1);
  adminId = admin!.id;
  await database.db.update(schema.settings).set({ value: {} }).where(eq(schema.settings.key, 'comments'));
  await database.db.update(schema.articles).set({ commentsOpen: true }).where(eq(schema.articles.id, articleId));
});

afterAll(async () => {
  await database?.dispose();
  fs.rmSync(uploads, { recursive: true, force: true });
});

describe(`captcha guessing (${label})`, () => {
  it('a wrong answer spends the question: the same token with the right answer is then refused', async () => {
    const attempt = form({ email: 'guess@example.net' });
    const wrong = await submitComment(
      database.db,
      { ...attempt, captchaAnswer: String(attempt.answer + 1) },
      ctx('198.51.100.101'),
    );
    expect(wrong).toEqual({ ok: false, reason: 'invalid', fieldErrors: { captcha: 'wrong' } });
    const right = await submitComment(database.db, attempt, ctx('198.51.100.101'));
    expect(right).toEqual({ ok: false, reason: 'invalid', fieldErrors: { captcha: 'replayed' } });
    const stored = await database.db
      .select({ id: schema.comments.id })
      .from(schema.comments)
      .where(eq(schema.comments.email, 'guess@example.net'));
    expect(stored).toEqual([]);
  });

  it('a fresh question answered correctly after a wrong one is accepted', async () => {
    const first = form({ email: 'retry@example.net' });
    expect(await submitComment(database.db, { ...first, captchaAnswer: '99999' }, ctx('198.51.100.102'))).toMatchObject(
      { ok: false },
    );
    const second = form({ email: 'retry@example.net', body: first.body });
    expect(await submitComment(database.db, second, ctx('198.51.100.102'))).toMatchObject({ ok: true });
  });
});

describe(`oversized input and the draft flood (${label})`, () => {
  it('a 1 MB comment body is refused with a field error and stores nothing', async () => {
    const before = {
      comments: await count(schema.comments),
      drafts: await count(schema.commentDrafts),
      nonces: await count(schema.captchaNonces),
    };
    const result = await submitComment(database.db, form({ body: ONE_MB }), ctx('198.51.100.103'));
    expect(result).toEqual({ ok: false, reason: 'invalid', fieldErrors: { body: 'too-long' } });
    const saved = await saveDraft(database.db, {
      articleId,
      data: draft(ONE_MB),
      existingId: null,
      ipHash: commentIpHash('198.51.100.103', secret),
      now,
    });
    expect(saved).toEqual({ ok: false, reason: 'too-long', fieldErrors: { body: 'too-long' } });
    expect({
      comments: await count(schema.comments),
      drafts: await count(schema.commentDrafts),
      nonces: await count(schema.captchaNonces),
    }).toEqual(before);
  });

  it('100 cookie-less posts from one address store at most a small fixed number of drafts', async () => {
    const ipHash = commentIpHash('203.0.113.66', secret);
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        saveDraft(database.db, {
          articleId,
          data: draft(`Flood ${i} ${'y'.repeat(4000)}`),
          existingId: null,
          ipHash,
          now,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(MAX_DRAFTS_PER_ADDRESS);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === 'rate-limited')).toBe(true);
    const [stored] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.commentDrafts)
      .where(eq(schema.commentDrafts.ipHash, ipHash));
    expect(stored!.n).toBe(MAX_DRAFTS_PER_ADDRESS);
    expect(MAX_DRAFTS_PER_ADDRESS).toBeLessThanOrEqual(10);
    // A reader keeps updating their own draft; another address is not affected.
    const own = results.find((r) => r.ok)!;
    const again = await saveDraft(database.db, {
      articleId,
      data: draft('Edited'),
      existingId: own.ok ? own.id : null,
      ipHash,
      now,
    });
    expect(again).toEqual(own);
    expect(
      (
        await saveDraft(database.db, {
          articleId,
          data: draft('Other reader'),
          existingId: null,
          ipHash: commentIpHash('203.0.113.67', secret),
          now,
        })
      ).ok,
    ).toBe(true);
    // An hour later the drafts have expired and the address may keep text again.
    const later = new Date(now.getTime() + 61 * 60_000);
    expect(
      (await saveDraft(database.db, { articleId, data: draft('Later'), existingId: null, ipHash, now: later })).ok,
    ).toBe(true);
  });
});

describe(`the outcome of a post without JavaScript (${label})`, () => {
  it('shows once: the next read of the draft has the values but no message, outcome or errors', async () => {
    const data: DraftData = {
      ...draft('Thanks once'),
      message: 'Thank you, awaiting moderation',
      outcome: 'success',
      fieldErrors: { captcha: 'Wrong' },
    };
    const saved = await saveDraft(database.db, {
      articleId,
      data,
      existingId: null,
      ipHash: commentIpHash('203.0.113.70', secret),
      now,
    });
    expect(saved.ok).toBe(true);
    const id = saved.ok ? saved.id : '';
    expect(await takeDraft(database.db, id, articleId, now)).toEqual(data);
    expect(await takeDraft(database.db, id, articleId, now)).toEqual({
      ...data,
      message: null,
      outcome: null,
      fieldErrors: {},
    });
    // Another article's page, a forged id or an expired draft read nothing.
    expect(await takeDraft(database.db, id, articleId + 1, now)).toBeNull();
    expect(await takeDraft(database.db, 'not-a-uuid', articleId, now)).toBeNull();
    expect(await takeDraft(database.db, id, articleId, new Date(now.getTime() + 61 * 60_000))).toBeNull();
  });
});

describe(`known commenters and staff emails (${label})`, () => {
  it('defaults hold a comment from a known email', async () => {
    expect(defaultCommentSettings.autoApproveKnown).toBe(false);
    expect((await readCommentSettings(database.db)).autoApproveKnown).toBe(false);
    const first = await submitComment(database.db, form({ email: 'known@example.net' }), ctx('198.51.100.110'));
    if (!first.ok) throw new Error(JSON.stringify(first));
    await database.db
      .update(schema.comments)
      .set({ status: 'approved' })
      .where(eq(schema.comments.id, first.comment.id));
    const second = await submitComment(database.db, form({ email: 'known@example.net' }), ctx('198.51.100.111'));
    expect(second).toMatchObject({ ok: true, comment: { status: 'pending', heldReason: 'new-commenter' } });
  });

  it("holds a comment with a staff member's email in any case or spacing, even with the rule on", async () => {
    await database.db
      .insert(schema.users)
      .values({ email: 'Editor.Desk@Example.Test', name: 'Desk Editor', slug: 'desk-editor', role: 'editor' });
    await updateCommentSettings(database.db, admin(), {
      closeAfterDays: '',
      maxLinks: 2,
      blockedWords: '',
      blockedAddresses: '',
      autoApproveKnown: 'on',
      rateLimitCount: 100,
      rateLimitMinutes: 10,
      minFillSeconds: 3,
    });
    // Staff replies are stored approved under the staff email, which must not make it "known".
    const [staff] = await database.db
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(eq(schema.users.slug, 'desk-editor'));
    await database.db.insert(schema.comments).values({
      articleId,
      name: 'Desk Editor',
      email: 'editor.desk@example.test',
      body: 'Staff reply',
      status: 'approved',
      userId: staff!.id,
    });
    // Even an approved reader comment under that address does not make it trusted.
    await database.db.insert(schema.comments).values({
      articleId,
      name: 'Someone',
      email: 'EDITOR.DESK@example.test',
      body: 'Old comment',
      status: 'approved',
    });
    for (const [i, email] of [
      'editor.desk@example.test',
      'EDITOR.DESK@EXAMPLE.TEST',
      '  Editor.Desk@Example.Test  ',
      '\teditor.desk@example.TEST\n',
    ].entries()) {
      const result = await submitComment(database.db, form({ email }), ctx(`198.51.100.${120 + i}`));
      expect(result, email).toMatchObject({ ok: true, comment: { status: 'pending', heldReason: 'staff-email' } });
    }
    // The rule still works for a reader with an approved comment.
    const reader = await submitComment(database.db, form({ email: 'known@example.net' }), ctx('198.51.100.130'));
    expect(reader).toMatchObject({ ok: true, comment: { status: 'approved' } });
  });

  it('the first administrator address (admin@maydan.local) is held too', async () => {
    await database.db
      .insert(schema.users)
      .values({ email: FIRST_ADMIN_EMAIL, name: 'Administrator', slug: 'administrator-test', role: 'admin' })
      .onConflictDoNothing();
    const result = await submitComment(
      database.db,
      form({ email: ` ${FIRST_ADMIN_EMAIL.toUpperCase()}` }),
      ctx('198.51.100.131'),
    );
    expect(result).toMatchObject({ ok: true, comment: { status: 'pending', heldReason: 'staff-email' } });
  });
});

describe(`database unreachable (${label})`, () => {
  it('a connection refused by a server that is gone reads as "unavailable", not as a bug', async () => {
    const gone = connect({ url: 'postgres://maydan@127.0.0.1:1/maydan' });
    const error = await submitComment(gone.db, form(), ctx('198.51.100.140')).then(
      () => null,
      (e: unknown) => e,
    );
    // What gets logged names the cause, never the query's parameters (email, comment text).
    const withParams = await gone.db
      .select({ id: schema.comments.id })
      .from(schema.comments)
      .where(and(eq(schema.comments.email, 'rania@example.net'), eq(schema.comments.body, 'A hardened comment')))
      .then(
        () => null,
        (e: unknown) => e,
      );
    await gone.close();
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(String((withParams as Error).message)).toContain('rania@example.net');
    const logged = errorSummary(withParams);
    expect(logged).toMatch(/ECONNREFUSED|CONNECTION|connect/i);
    expect(logged).not.toContain('rania@example.net');
    expect(logged).not.toContain('A hardened comment');
  });

  it('a closed connection reads as "unavailable"; a failing query does not', async () => {
    const closed = process.env.DATABASE_URL
      ? connect({ url: process.env.DATABASE_URL })
      : connect({ dataDir: 'memory' });
    await closed.close();
    const error = await submitComment(closed.db, form(), ctx('198.51.100.141')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
    const broken = await database.db.execute(sql`select * from no_such_table`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(broken).not.toBeNull();
    expect(isDatabaseUnavailable(broken)).toBe(false);
  });
});
