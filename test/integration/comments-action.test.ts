import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connect, type Db } from '@/db/connect';
import * as schema from '@/db/schema';
import { seedDemo } from '@/scripts/demo/seed';
import { createChallenge } from '@/lib/captcha';
import { MAX_DRAFTS_PER_ADDRESS } from '@/lib/comments/drafts';
import { commentIpHash } from '@/lib/comments/submit';
import { getCommentMessages } from '@/lib/i18n/comment-messages';
import { log } from '@/lib/log';
import { createTestDatabase } from '../support/database';
import { solveQuestion as solve } from '../support/captcha';
import { fill, formatNumber } from '@/lib/i18n/format';

/** The request the action sees: one address, a cookie jar per reader, the database of the test. */
const request = vi.hoisted(() => {
  process.env.CAPTCHA_SECRET = 'comment-action-secret';
  return { ip: '192.0.2.1', cookies: new Map<string, string>(), db: null as unknown as Db };
});

vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': request.ip, 'user-agent': 'vitest' }),
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (name: string) => void request.cookies.delete(name),
  }),
}));
// A redirect as Next throws it (its digest), so the action pipeline passes it through untouched.
vi.mock('next/navigation', async (importOriginal) => ({
  unstable_rethrow: (await importOriginal<typeof import('next/navigation')>()).unstable_rethrow,
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect ${url}`), { redirectTo: url, digest: `NEXT_REDIRECT;replace;${url};307;` });
  },
}));
vi.mock('@/db', () => ({ getDb: () => request.db }));
vi.mock('@/lib/cache-invalidation', () => ({ expireTags: () => {} }));

const { postComment } = await import('@/app/(site)/[locale]/article/[slug]/actions');

const t = getCommentMessages('fr');
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let uploads: string;
let target: { articleId: number; locale: 'fr'; slug: string };

function post(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return postComment(target, { status: 'idle' }, data);
}

/** What the action did: the state it returned, or where it redirected. */
async function outcome(fields: Record<string, string>) {
  try {
    return { state: await post(fields) };
  } catch (error) {
    const to = (error as { redirectTo?: string }).redirectTo;
    if (!to) throw error;
    return { redirect: to };
  }
}

const typed = {
  name: 'Yasmine',
  email: 'yasmine@example.net',
  website: 'https://yasmine.example',
  body: 'Un avis réfléchi.',
  parentId: '',
};
const drafts = async () =>
  (await database.db.select({ n: sql<number>`count(*)::int` }).from(schema.commentDrafts))[0]!.n;
const commentCount = async () =>
  (await database.db.select({ n: sql<number>`count(*)::int` }).from(schema.comments))[0]!.n;

beforeAll(async () => {
  database = await createTestDatabase();
  request.db = database.db;
  uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-action-'));
  await seedDemo(database.db, { uploadsRoot: uploads });
  const [article] = await database.db
    .select({ id: schema.articles.id, slug: schema.articles.slug })
    .from(schema.articles)
    .where(
      and(eq(schema.articles.status, 'published'), eq(schema.articles.kind, 'story'), eq(schema.articles.locale, 'fr')),
    )
    .orderBy(sql`${schema.articles.publishedAt} desc`)
    .limit(1);
  target = { articleId: article!.id, locale: 'fr', slug: article!.slug };
  await database.db.update(schema.articles).set({ commentsOpen: true }).where(eq(schema.articles.id, article!.id));
});

afterAll(async () => {
  await database?.dispose();
  fs.rmSync(uploads, { recursive: true, force: true });
});

describe(`comment action (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('answers a 1 MB comment with a localized field error, keeps the other fields, and stores nothing', async () => {
    const before = { drafts: await drafts(), comments: await commentCount() };
    const body = 'x'.repeat(1024 * 1024);
    const challenge = createChallenge('fr', target.articleId);
    for (const fields of [
      { ...typed, body, js: '' },
      { ...typed, body, js: '', captchaToken: challenge.token, captchaAnswer: '1' },
      { ...typed, body, js: '1', captchaToken: challenge.token, captchaAnswer: '1' },
    ]) {
      request.cookies.clear();
      const result = await outcome(fields);
      expect(result.redirect).toBeUndefined();
      expect(result.state).toMatchObject({
        status: 'invalid',
        message: t.fixErrors,
        fieldErrors: { body: fill(t.tooLong, { max: formatNumber('fr', 5000) }) },
      });
      expect(result.state!.values).toMatchObject({ name: typed.name, email: typed.email, website: typed.website });
      expect(result.state!.challenge?.question).toMatch(/^Calculez/);
      expect(request.cookies.size).toBe(0);
    }
    expect(fill(t.tooLong, { max: formatNumber('fr', 5000) })).toContain('5');
    expect({ drafts: await drafts(), comments: await commentCount() }).toEqual(before);
  });

  it('100 cookie-less posts without JavaScript from one address keep at most a fixed number of drafts', async () => {
    request.ip = '203.0.113.200';
    const outcomes = [];
    for (let i = 0; i < 100; i++) {
      request.cookies.clear();
      outcomes.push(await outcome({ ...typed, body: `Flot ${i}`, js: '' }));
    }
    const kept = outcomes.filter((o) => o.redirect);
    expect(kept.length).toBe(MAX_DRAFTS_PER_ADDRESS);
    // The others are not stored: their outcome comes back as state (the question, everything
    // typed), which the article page shows without JavaScript.
    const answered = outcomes.filter((o) => o.state);
    expect(answered).toHaveLength(100 - MAX_DRAFTS_PER_ADDRESS);
    expect(
      answered.every((o) => o.state!.message === t.nextStep && o.state!.challenge?.question.startsWith('Calculez')),
    ).toBe(true);
    expect(answered.at(-1)!.state!.values).toMatchObject({ ...typed, body: 'Flot 99' });
    const [stored] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.commentDrafts)
      .where(eq(schema.commentDrafts.ipHash, commentIpHash('203.0.113.200')));
    expect(stored!.n).toBe(MAX_DRAFTS_PER_ADDRESS);
  });

  it('a wrong answer without JavaScript keeps the text for the comment page and spends the question', async () => {
    request.ip = '203.0.113.201';
    request.cookies.clear();
    const challenge = createChallenge('fr', target.articleId, { now: new Date(Date.now() - 60_000) });
    const fields = { ...typed, js: '', captchaToken: challenge.token, captchaAnswer: '99999' };
    expect((await outcome(fields)).redirect).toMatch(/\/comment#respond$/);
    const [draft] = await database.db
      .select({ data: schema.commentDrafts.data })
      .from(schema.commentDrafts)
      .where(eq(schema.commentDrafts.ipHash, commentIpHash('203.0.113.201')));
    expect(draft!.data).toMatchObject({
      ...typed,
      parentId: null,
      fieldErrors: { captcha: t.errors.wrong },
      outcome: 'error',
    });
    const [, a, op, b] = challenge.question.match(/(\d+) ([+−×÷]) (\d+)/)!;
    const answer = op === '+' ? +a! + +b! : op === '−' ? +a! - +b! : op === '×' ? +a! * +b! : +a! / +b!;
    const retried = await outcome({ ...fields, js: '1', captchaAnswer: String(answer) });
    expect(retried.state).toMatchObject({
      status: 'invalid',
      fieldErrors: { captcha: t.errors.replayed },
      values: typed,
    });
  });

  it.each([
    ['a server that is gone', () => connect({ url: 'postgres://maydan@127.0.0.1:1/maydan' })],
    [
      'a closed connection',
      () => (process.env.DATABASE_URL ? connect({ url: process.env.DATABASE_URL }) : connect({ dataDir: 'memory' })),
    ],
  ])(
    'with %s, answers "try again shortly" with everything typed, with and without JavaScript',
    async (_label, open) => {
      const connection = open();
      await connection.close();
      request.db = connection.db;
      request.ip = '203.0.113.202';
      const logged = vi.spyOn(log, 'warn').mockImplementation(() => {});
      try {
        const challenge = createChallenge('fr', target.articleId, { now: new Date(Date.now() - 60_000) });
        for (const fields of [
          { ...typed, js: '1', captchaToken: challenge.token, captchaAnswer: '3' },
          { ...typed, js: '', captchaToken: challenge.token, captchaAnswer: '3' },
          { ...typed, js: '' },
        ]) {
          request.cookies.clear();
          const result = await outcome(fields);
          expect(result.redirect).toBeUndefined();
          expect(result.state).toMatchObject({ status: 'error', message: t.unavailable, values: typed });
          expect(result.state!.challenge?.token).toBeTruthy();
        }
        expect(logged.mock.calls.some((args) => JSON.stringify(args).includes('database unreachable'))).toBe(true);
        expect(JSON.stringify(logged.mock.calls)).not.toContain(typed.email);
        expect(JSON.stringify(logged.mock.calls)).not.toContain(typed.body);
      } finally {
        logged.mockRestore();
        request.db = database.db;
      }
    },
  );

  it('a quick correction after a wrong answer is not taken for a bot: the fill time counts from the first question', async () => {
    request.db = database.db;
    request.ip = '203.0.113.203';
    request.cookies.clear();
    // The reader opened the form a minute ago, answered wrong, and answers the new question at once.
    const first = createChallenge('fr', target.articleId, { now: new Date(Date.now() - 60_000) });
    const body = `Correction rapide ${Date.now()}`;
    const wrong = await outcome({ ...typed, body, js: '1', captchaToken: first.token, captchaAnswer: '99999' });
    const next = wrong.state!.challenge!;
    expect(next.token).not.toBe(first.token);
    const right = await outcome({
      ...typed,
      body,
      js: '1',
      captchaToken: next.token,
      captchaAnswer: solve(next.question),
    });
    expect(right.state).toMatchObject({ status: 'success' });
    const [stored] = await database.db
      .select({ status: schema.comments.status, heldReason: schema.comments.heldReason })
      .from(schema.comments)
      .where(eq(schema.comments.body, body));
    expect(stored!.status).not.toBe('spam');
    expect(stored!.heldReason).not.toBe('too-fast');
  });
});
