import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import * as schema from '@/db/schema';
import { createChallenge } from '@/lib/captcha';
import type { DraftData } from '@/lib/comments/drafts';
import type { SubmitRaw } from '@/lib/comments/submit';
import { seedDemo } from '@/scripts/demo/seed';
import { solveQuestion as solve } from './captcha';
import { createTestDatabase } from './database';

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

export const secret = 'hardening-captcha-secret';
export const label = process.env.DATABASE_URL ? 'postgres' : 'pglite';
export const now = new Date();
export const ONE_MB = 'x'.repeat(1024 * 1024);

/**
 * A seeded database with one open English article, for the comment hardening tests: set up
 * before the file's tests and disposed after them. Read `db` and `articleId` inside tests.
 */
export function setUpCommentsDatabase() {
  let uploads = '';
  const env = {
    database: undefined as unknown as TestDatabase,
    get db() {
      return env.database.db;
    },
    articleId: 0,
    adminId: 0,
    admin: () => ({ id: env.adminId, role: 'admin' as const }),
    form(overrides: Partial<SubmitRaw> = {}): SubmitRaw & { answer: number } {
      const challenge = createChallenge('en', env.articleId, { now: new Date(now.getTime() - 60_000), secret });
      const answer = Number(solve(challenge.question));
      return {
        articleId: env.articleId,
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
    },
    count: async (table: typeof schema.comments | typeof schema.commentDrafts | typeof schema.captchaNonces) =>
      (await env.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n,
  };
  beforeAll(async () => {
    env.database = await createTestDatabase();
    uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-hardening-'));
    await seedDemo(env.db, { uploadsRoot: uploads });
    const [article] = await env.db
      .select({ id: schema.articles.id })
      .from(schema.articles)
      .where(and(eq(schema.articles.status, 'published'), eq(schema.articles.locale, 'en')))
      .orderBy(sql`${schema.articles.publishedAt} desc`)
      .limit(1);
    env.articleId = article!.id;
    const [admin] = await env.db.select({ id: schema.users.id }).from(schema.users).limit(1);
    env.adminId = admin!.id;
    await env.db.update(schema.settings).set({ value: {} }).where(eq(schema.settings.key, 'comments'));
    await env.db.update(schema.articles).set({ commentsOpen: true }).where(eq(schema.articles.id, env.articleId));
  });
  afterAll(async () => {
    await env.database?.dispose();
    fs.rmSync(uploads, { recursive: true, force: true });
  });
  return env;
}

export const ctx = (ip: string) => ({ ip, userAgent: 'vitest', now, captchaSecret: secret, ipSecret: secret });

export const draft = (body: string): DraftData => ({
  name: 'Rania',
  email: 'rania@example.net',
  website: '',
  body,
  parentId: null,
  fieldErrors: {},
  message: null,
  outcome: null,
});
