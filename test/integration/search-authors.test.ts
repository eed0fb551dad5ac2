import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { seedDemo } from '@/scripts/demo/seed';
import { listSearchAuthors } from '@/lib/search/authors';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let uploads: string;

beforeAll(async () => {
  database = await createTestDatabase();
  uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-uploads-'));
  expect((await seedDemo(database.db, { uploadsRoot: uploads })).skipped).toBe(false);
});

afterAll(async () => {
  await database?.dispose();
  fs.rmSync(uploads, { recursive: true, force: true });
});

describe(`the search form's authors (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('lists the authors of visible stories, named for readers of the language', async () => {
    const en = await listSearchAuthors(database.db, 'en');
    expect(en.map((a) => a.slug)).toContain('leila-haddad');
    expect(en.find((a) => a.slug === 'leila-haddad')?.name).toBe('Leila Haddad');
    expect(en.map((a) => a.name)).toEqual([...en.map((a) => a.name)].sort((a, b) => a.localeCompare(b)));
    const ar = await listSearchAuthors(database.db, 'ar');
    expect(ar.find((a) => a.slug === 'leila-haddad')?.name).toBe('ليلى حداد');
  });

  it('leaves out staff whose stories readers cannot see (drafts, trash)', async () => {
    const [staff] = await database.db
      .insert(schema.users)
      .values({ email: 'draft-only@example.com', name: 'Draft Only', slug: 'draft-only', role: 'author' })
      .returning({ id: schema.users.id });
    const [story] = await database.db
      .insert(schema.articles)
      .values({
        translationGroupId: crypto.randomUUID(),
        locale: 'en',
        slug: 'draft-only-story',
        title: 'A draft',
        dek: '',
        body: '<p>Draft.</p>',
        status: 'draft',
        authorId: staff!.id,
      })
      .returning({ id: schema.articles.id });
    expect((await listSearchAuthors(database.db, 'en')).map((a) => a.slug)).not.toContain('draft-only');

    await database.db
      .update(schema.articles)
      .set({ status: 'published', publishedAt: new Date(Date.now() - 60_000) })
      .where(eq(schema.articles.id, story!.id));
    expect((await listSearchAuthors(database.db, 'en')).map((a) => a.slug)).toContain('draft-only');
    expect((await listSearchAuthors(database.db, 'fr')).map((a) => a.slug)).not.toContain('draft-only');

    await database.db.update(schema.articles).set({ deletedAt: new Date() }).where(eq(schema.articles.id, story!.id));
    expect((await listSearchAuthors(database.db, 'en')).map((a) => a.slug)).not.toContain('draft-only');
  });
});
