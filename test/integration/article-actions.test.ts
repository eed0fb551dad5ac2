import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/connect';
import * as schema from '@/db/schema';
import { createArticle } from '@/lib/articles/save';
import type { Actor } from '@/lib/auth/actor';
import { createStaffSession } from '@/lib/auth/sessions';
import type { FormState } from '@/lib/form-state';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import { INT32_MAX } from '@/lib/validation';
import { createTestDatabase } from '../support/database';

// The article actions as Next runs them: only the session (and the request's language) is faked.
const state = vi.hoisted(() => ({ db: null as Db | null, uid: 0, sid: '' }));
vi.mock('@/db', () => ({ getDb: () => state.db }));
vi.mock('@/lib/auth/config', () => ({
  auth: async () => (state.uid ? { uid: state.uid, sv: 1, sid: state.sid } : null),
}));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'accept-language': 'en' }) }));
vi.mock('next/cache', () => ({
  updateTag: () => {},
  revalidateTag: () => {},
  cacheTag: () => {},
  cacheLife: () => {},
}));

const { createArticleAction, saveArticleAction, searchArticlesAction, restoreRevisionAction, transitionArticleAction } =
  await import('@/app/(admin)/admin/articles/actions');

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let author: Actor;
let sid = '';
const db = () => database.db;
const signIn = () => Object.assign(state, { uid: author.id, sid });
const signOut = () => Object.assign(state, { uid: 0, sid: '' });
const revisionForm = () => {
  const form = new FormData();
  form.set('version', '1');
  form.set('confirm', '1');
  return form;
};

beforeAll(async () => {
  database = await createTestDatabase();
  state.db = database.db;
  const [row] = await db()
    .insert(schema.users)
    .values({ email: 'author@actions.example', name: 'Actions author', slug: 'actions-author', role: 'author' })
    .returning({ id: schema.users.id });
  author = { id: row!.id, role: 'author' };
  sid = await createStaffSession(db(), author.id);
});

afterAll(async () => {
  await database?.dispose();
});

describe(`article actions (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('answers a signed-out caller with a code the editor decodes, an empty search and the sign-in page', async () => {
    signOut();
    expect(await createArticleAction({ locale: 'en', title: 'Nobody' })).toMatchObject({
      status: 'error',
      code: 'signed-out',
    });
    expect(await saveArticleAction(1, { version: 1, input: {} })).toMatchObject({ code: 'signed-out' });
    expect(await searchArticlesAction({ q: '' })).toEqual([]);
    await expect(restoreRevisionAction(1, 1, revisionForm())).rejects.toMatchObject({
      digest: expect.stringContaining('/admin/login'),
    });
  });

  it('refuses ids beyond PostgreSQL integer before any query, and stale versions with the current article', async () => {
    signIn();
    const t = getEditorMessages('en');
    const tooBig = (await saveArticleAction(INT32_MAX + 1, { version: 1, input: {} })) as FormState;
    expect(tooBig).toMatchObject({ status: 'invalid', message: t.errors.summary });
    expect(await transitionArticleAction(INT32_MAX + 1, { transition: 'submit', expectedVersion: 1 })).toMatchObject({
      status: 'invalid',
    });
    await expect(restoreRevisionAction(INT32_MAX + 1, 1, revisionForm())).rejects.toMatchObject({
      digest: expect.stringMatching(/;\/admin;/),
    });

    const created = await createArticle(db(), author, { locale: 'en', title: 'Saved twice' });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const input = { locale: 'en', title: 'Mine' };
    const first = await saveArticleAction(created.article.id, { version: created.article.version, input });
    expect(first).toMatchObject({ status: 'success', article: { title: 'Mine' } });
    const stale = await saveArticleAction(created.article.id, { version: created.article.version, input });
    expect(stale).toMatchObject({ status: 'error', code: 'conflict', current: { title: 'Mine' } });
  });
});
