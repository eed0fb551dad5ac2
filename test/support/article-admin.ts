import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import * as schema from '@/db/schema';
import type { EditableArticle } from '@/lib/articles/admin';
import { createArticle } from '@/lib/articles/save';
import { transitionArticle } from '@/lib/articles/workflow';
import type { Actor } from '@/lib/auth/actor';
import type { Role, Transition } from '@/lib/auth/permissions';
import { createTestDatabase } from './database';

/**
 * A database with one staff member per role and a section, for the tests of the article
 * services (test/integration/article-admin.test.ts and article-workflow.test.ts). Call once at
 * the top of a test file: it opens the database before the tests and closes it after.
 */
export function articleAdminFixtures() {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let uploads = '';
  const actors = {} as Record<Role, Actor>;
  const ids = { section: 0 };
  let counter = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-admin-uploads-'));
    for (const role of ['admin', 'editor', 'author', 'moderator'] as const) {
      const [row] = await database.db
        .insert(schema.users)
        .values({ email: `${role}@test.example`, name: `Test ${role}`, slug: `test-${role}`, role })
        .returning({ id: schema.users.id });
      actors[role] = { id: row!.id, role };
    }
    const [section] = await database.db
      .insert(schema.sections)
      .values({ position: 1 })
      .returning({ id: schema.sections.id });
    ids.section = section!.id;
    await database.db
      .insert(schema.sectionTranslations)
      .values({ sectionId: ids.section, locale: 'en', name: 'Politics', slug: 'politics' });
  });

  afterAll(async () => {
    await database?.dispose();
    fs.rmSync(uploads, { recursive: true, force: true });
  });

  const db = () => database.db;

  function input(overrides: Record<string, unknown> = {}) {
    counter += 1;
    return {
      locale: 'en',
      title: `Story number ${counter}`,
      dek: 'A dek',
      body: '<p>Body text</p>',
      sectionId: ids.section,
      tags: 'budget, parliament',
      ...overrides,
    };
  }

  async function created(by: Role = 'author', overrides: Record<string, unknown> = {}): Promise<EditableArticle> {
    const result = await createArticle(db(), actors[by], input(overrides));
    if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
    return result.article;
  }

  async function status(id: number) {
    const [row] = await db()
      .select({
        status: schema.articles.status,
        deletedAt: schema.articles.deletedAt,
        version: schema.articles.version,
      })
      .from(schema.articles)
      .where(eq(schema.articles.id, id));
    return row!;
  }

  /** An article written by the author, brought to the state a transition starts from. */
  async function articleFor(transition: Transition): Promise<EditableArticle> {
    const article = await created('author');
    const editor = actors.editor;
    if (transition === 'unpublish' || transition === 'archive')
      return ((await transitionArticle(db(), editor, article.id, 'publish')) as { article: EditableArticle }).article;
    if (transition === 'restore')
      return ((await transitionArticle(db(), editor, article.id, 'trash')) as { article: EditableArticle }).article;
    return article;
  }

  return { db, actors, input, created, status, articleFor, sectionId: () => ids.section, uploads: () => uploads };
}
