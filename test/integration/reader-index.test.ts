import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/connect';
import * as schema from '@/db/schema';
import { createArticle } from '@/lib/articles/save';
import { transitionArticle } from '@/lib/articles/workflow';
import type { Actor } from '@/lib/auth/actor';
import { listSections } from '@/lib/articles/queries';
import { MISS_REFRESH_MS, REFRESH_MS, createReaderIndex } from '@/lib/reader-index';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let editor: Actor;
let author: Actor;
let sectionId: number;
let queries = 0;

/** Counts every statement drizzle sends through this connection (both drivers log through the session). */
function countQueries(db: Db) {
  const session = (db as unknown as { _: { session: { logger: { logQuery: (q: string, p: unknown[]) => void } } } })._
    .session;
  session.logger = { logQuery: () => void (queries += 1) };
}

beforeAll(async () => {
  database = await createTestDatabase();
  const people = await database.db
    .insert(schema.users)
    .values([
      { email: 'ed@index.example', name: 'Index Editor', slug: 'index-editor', role: 'editor' },
      { email: 'au@index.example', name: 'Index Author', slug: 'index-author', role: 'author' },
    ])
    .returning({ id: schema.users.id, role: schema.users.role });
  editor = { id: people[0]!.id, role: 'editor' };
  author = { id: people[1]!.id, role: 'author' };
  const [section] = await database.db
    .insert(schema.sections)
    .values({ position: 1 })
    .returning({ id: schema.sections.id });
  sectionId = section!.id;
  await database.db.insert(schema.sectionTranslations).values([
    { sectionId, locale: 'en', name: 'Water', slug: 'water' },
    { sectionId, locale: 'fr', name: 'Eau', slug: 'eau' },
  ]);
  countQueries(database.db);
});

afterAll(async () => {
  await database?.dispose();
});

async function story(by: Actor, title: string, tags: string, publish: boolean) {
  const created = await createArticle(database.db, by, {
    locale: 'en',
    title,
    dek: '',
    body: '<p>x</p>',
    sectionId,
    tags,
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  if (publish) {
    const published = await transitionArticle(database.db, editor, created.article.id, 'publish');
    if (!published.ok) throw new Error(JSON.stringify(published));
  }
  return created.article;
}

describe(`reader URL index (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('knows sections, tags and authors only while they list a visible story', async () => {
    let clock = 1_000_000;
    const index = createReaderIndex({ db: () => database.db, now: () => clock });
    const draft = await story(author, 'Unpublished water plan', 'secret-dam-deal', false);
    expect(await index.exists('tag', 'en', 'secret-dam-deal')).toBe(false);
    expect(await index.exists('section', 'en', 'water')).toBe(false);
    expect(await index.exists('author', 'en', 'index-author')).toBe(false);
    expect(await index.exists('article', 'en', draft.slug)).toBe(false);
    // The site's section menu follows the same rule.
    expect(await listSections(database.db, 'en')).toEqual([]);

    await transitionArticle(database.db, editor, draft.id, 'publish');
    index.invalidate(); // what a local write does
    expect(await index.exists('tag', 'en', 'secret-dam-deal')).toBe(true);
    expect(await index.exists('section', 'en', 'water')).toBe(true);
    // The French name of the section has no French story behind it.
    expect(await index.exists('section', 'fr', 'eau')).toBe(false);
    expect(await index.exists('author', 'en', 'index-author')).toBe(true);
    expect(await index.exists('author', 'fr', 'index-author')).toBe(false);
    expect(await index.exists('article', 'en', draft.slug)).toBe(true);
    expect((await listSections(database.db, 'en')).map((s) => s.slug)).toEqual(['water']);
    expect(await listSections(database.db, 'fr')).toEqual([]);

    await transitionArticle(database.db, editor, draft.id, 'unpublish', { confirmLive: true });
    clock += REFRESH_MS; // another instance's write: seen once the index refreshes
    expect(await index.exists('tag', 'en', 'secret-dam-deal')).toBe(false);
    expect(await index.exists('article', 'en', draft.slug)).toBe(false);
  });

  it('answers 1,000 random unknown slugs with a bounded number of queries', async () => {
    let clock = 5_000_000;
    const index = createReaderIndex({ db: () => database.db, now: () => clock });
    await story(editor, 'A known story', 'known-tag', true);
    const start = queries;
    expect(await index.exists('tag', 'en', 'known-tag')).toBe(true);
    expect(queries - start).toBe(5); // the counter sees the index load

    const before = queries;
    const kinds = ['article', 'section', 'tag', 'author'] as const;
    for (let i = 0; i < 1000; i += 1) {
      expect(await index.exists(kinds[i % 4]!, 'en', crypto.randomBytes(8).toString('hex'))).toBe(false);
      clock += 1; // a thousand requests within one second
    }
    const perThousand = queries - before;
    console.info(`reader index: ${perThousand} database queries for 1,000 unknown slugs`);
    // At most one reload of the index (five statements) per MISS_REFRESH_MS.
    expect(perThousand).toBeLessThanOrEqual(5);

    // Spread over a minute, a flood still costs one reload per MISS_REFRESH_MS at most.
    const spread = queries;
    for (let i = 0; i < 1000; i += 1) {
      expect(await index.exists('article', 'en', crypto.randomBytes(8).toString('hex'))).toBe(false);
      clock += 60;
    }
    console.info(`reader index: ${queries - spread} database queries for 1,000 unknown slugs over a minute`);
    expect(queries - spread).toBeLessThanOrEqual(5 * Math.ceil(60_000 / MISS_REFRESH_MS));
  });

  it('sees a story published on another instance within the refresh interval', async () => {
    let clock = 9_000_000;
    const index = createReaderIndex({ db: () => database.db, now: () => clock });
    const elsewhere = await story(author, 'Published elsewhere', 'far-away', false);
    expect(await index.exists('article', 'en', elsewhere.slug)).toBe(false);
    // Published through another process: this index is not told.
    await database.db
      .update(schema.articles)
      .set({ status: 'published', publishedAt: new Date(Date.now() - 1000) })
      .where(eq(schema.articles.id, elsewhere.id));
    clock += MISS_REFRESH_MS;
    expect(await index.exists('article', 'en', elsewhere.slug)).toBe(true);
    expect(await index.exists('tag', 'en', 'far-away')).toBe(true);
  });
});
