import { and, desc, eq } from 'drizzle-orm';
import type { ReactElement } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/connect';
import * as schema from '@/db/schema';
import { getEditableArticle, type EditableArticle } from '@/lib/articles/admin';
import { createArticle } from '@/lib/articles/save';
import { transitionArticle } from '@/lib/articles/workflow';
import type { Actor } from '@/lib/auth/actor';
import { createStaffSession } from '@/lib/auth/sessions';
import { createTestDatabase } from '../support/database';

// The actions and the page run as they do in Next: the session is the only thing faked, and the
// staff member behind it is re-read from the test database like in production.
const state = vi.hoisted(() => ({ db: null as Db | null, uid: 0, sid: '' }));
vi.mock('@/db', () => ({ getDb: () => state.db }));
vi.mock('@/lib/auth/config', () => ({
  auth: async () => (state.uid ? { uid: state.uid, sv: 1, sid: state.sid } : null),
}));
vi.mock('next/cache', () => ({
  updateTag: () => {},
  revalidateTag: () => {},
  cacheTag: () => {},
  cacheLife: () => {},
}));

const { createArticleAction, searchArticlesAction, transitionArticleAction } =
  await import('@/app/(admin)/admin/articles/actions');
const { default: NewArticlePage } = await import('@/app/(admin)/admin/articles/new/page');

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const people = {} as Record<'editor' | 'author' | 'other', Actor>;
/** A real server-side session per person, as sign-in opens one. */
const sessions = {} as Record<keyof typeof people, string>;
const theirs = {} as Record<'draft' | 'scheduled' | 'published' | 'trashed' | 'frenchDraft', EditableArticle>;
const images = {} as Record<'private' | 'published' | 'own', number>;

const db = () => database.db;
const as = (who: keyof typeof people) => {
  state.uid = people[who].id;
  state.sid = sessions[who];
};

async function draft(by: Actor, title: string, extra: Record<string, unknown> = {}) {
  const result = await createArticle(db(), by, { locale: 'en', title, dek: '', body: '<p>x</p>', ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.article;
}

async function move(article: EditableArticle, transition: Parameters<typeof transitionArticle>[3], options = {}) {
  // As the editor does through the editor screen, which confirms before taking a live story offline.
  const result = await transitionArticle(db(), people.editor, article.id, transition, {
    confirmLive: true,
    ...options,
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.article;
}

async function image(path: string, uploadedBy: number) {
  const [row] = await db()
    .insert(schema.media)
    .values({ path, mimeType: 'image/png', size: 10, width: 10, height: 10, alt: { en: `Alt of ${path}` }, uploadedBy })
    .returning({ id: schema.media.id });
  return row!.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  state.db = database.db;
  for (const [key, role] of [
    ['editor', 'editor'],
    ['author', 'author'],
    ['other', 'author'],
  ] as const) {
    const [row] = await db()
      .insert(schema.users)
      .values({ email: `${key}@visibility.example`, name: `Visibility ${key}`, slug: `visibility-${key}`, role })
      .returning({ id: schema.users.id });
    people[key] = { id: row!.id, role };
    sessions[key] = await createStaffSession(db(), row!.id);
  }
  images.private = await image('private-upload.png', people.other.id);
  images.published = await image('published-upload.png', people.other.id);
  images.own = await image('own-upload.png', people.author.id);
  theirs.draft = await draft(people.other, 'Zebra secret draft');
  theirs.scheduled = await move(await draft(people.other, 'Zebra embargoed story'), 'schedule', {
    publishAt: new Date(Date.now() + 86_400_000),
  });
  theirs.published = await move(
    await draft(people.other, 'Zebra public story', { featuredMediaId: images.published }),
    'publish',
  );
  theirs.trashed = await move(await move(await draft(people.other, 'Zebra retracted story'), 'publish'), 'trash');
  theirs.frenchDraft = await draft(people.other, 'Zèbre brouillon secret', {
    locale: 'fr',
    translationOf: theirs.published.id,
  });
});

afterAll(async () => {
  await database?.dispose();
});

describe(`what an author may see and reference (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('restoring a trashed live story without publish rights brings it back as a draft, audit-logged', async () => {
    const own = await move(await draft(people.author, 'Story the editor pulled'), 'publish');
    await move(own, 'trash');
    as('author');
    const [trashed] = await db()
      .select({ version: schema.articles.version })
      .from(schema.articles)
      .where(eq(schema.articles.id, own.id));
    const result = await transitionArticleAction(own.id, { transition: 'restore', expectedVersion: trashed!.version });
    expect(result).toMatchObject({ status: 'success', article: { status: 'draft', deleted: false } });
    const [row] = await db()
      .select({ status: schema.articles.status, deletedAt: schema.articles.deletedAt })
      .from(schema.articles)
      .where(eq(schema.articles.id, own.id));
    expect(row).toEqual({ status: 'draft', deletedAt: null });
    const [audit] = await db()
      .select({ actorId: schema.auditLog.actorId, data: schema.auditLog.data })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'article.restore'), eq(schema.auditLog.entityId, String(own.id))))
      .orderBy(desc(schema.auditLog.id));
    expect(audit).toMatchObject({ actorId: people.author.id, data: { from: 'published', to: 'draft' } });

    // An editor restoring keeps the story as it was.
    const pulled = await move(await move(await draft(people.author, 'Story restored by the desk'), 'publish'), 'trash');
    expect((await move(pulled, 'restore')).status).toBe('published');
  });

  it('the picker lists only own articles and stories readers can see', async () => {
    as('author');
    const mine = await draft(people.author, 'Zebra notes of my own');
    const found = await searchArticlesAction({ q: 'Z' });
    const ids = found.map((f) => f.id);
    expect(ids).toContain(mine.id);
    expect(ids).toContain(theirs.published.id);
    for (const hidden of [theirs.draft, theirs.scheduled, theirs.trashed, theirs.frenchDraft])
      expect(ids).not.toContain(hidden.id);
    expect(found.filter((f) => f.id !== mine.id).every((f) => f.status === 'published')).toBe(true);
    as('editor');
    expect((await searchArticlesAction({ q: 'Zebra' })).map((f) => f.id)).toContain(theirs.draft.id);
  });

  it('"new translation of" shows a source only if the author may see it', async () => {
    as('author');
    const sourceOf = async (id: number) => {
      const page = (await NewArticlePage({
        params: Promise.resolve({}),
        searchParams: Promise.resolve({ locale: 'fr', translationOf: String(id) }),
      } as never)) as ReactElement<{
        children: ReactElement<{ initialValues: { translationOf: { title: string } | null } }>;
      }>;
      return page.props.children.props.initialValues.translationOf;
    };
    expect(await sourceOf(theirs.draft.id)).toBeNull();
    expect(await sourceOf(theirs.scheduled.id)).toBeNull();
    expect(await sourceOf(theirs.published.id)).toMatchObject({ title: 'Zebra public story' });
  });

  it("a featured image must be the author's own upload or one already shown with a visible story", async () => {
    as('author');
    const refused = await createArticleAction({
      locale: 'en',
      title: 'Borrowing a picture',
      featuredMediaId: images.private,
    });
    expect(refused.status).toBe('invalid');
    expect(refused.fieldErrors?.featuredMediaId).toBeTruthy();
    expect(JSON.stringify(refused)).not.toContain('private-upload');
    for (const id of [images.own, images.published]) {
      const ok = await createArticleAction({ locale: 'en', title: `Picture ${id}`, featuredMediaId: id });
      expect(ok).toMatchObject({ status: 'success', article: { featuredMedia: { id } } });
    }
  });

  it('translation groups and related picks accept only articles the author may see', async () => {
    as('author');
    const hiddenSource = await createArticleAction({
      locale: 'ar',
      title: 'ترجمة مسودة',
      translationOf: theirs.draft.id,
    });
    expect(hiddenSource.status).toBe('invalid');
    expect(hiddenSource.fieldErrors?.translationOf).toBeTruthy();
    const hiddenRelated = await createArticleAction({
      locale: 'en',
      title: 'Related to a secret',
      relatedIds: [theirs.scheduled.id],
    });
    expect(hiddenRelated.fieldErrors?.relatedIds).toBeTruthy();
    const trashedRelated = await createArticleAction({
      locale: 'en',
      title: 'Related to a retracted story',
      relatedIds: [theirs.trashed.id],
    });
    expect(trashedRelated.fieldErrors?.relatedIds).toBeTruthy();

    // A published story may be translated; the other author's French draft in its group stays unseen.
    const translation = await createArticleAction({
      locale: 'ar',
      title: 'قصة عامة',
      translationOf: theirs.published.id,
      relatedIds: [],
    });
    expect(translation.status).toBe('success');
    const mine = await getEditableArticle(db(), people.author, translation.article!.id);
    expect(mine!.translations.map((t) => t.id)).toEqual([theirs.published.id]);
    const editorView = await getEditableArticle(db(), people.editor, translation.article!.id);
    expect(editorView!.translations.map((t) => t.id).sort()).toEqual(
      [theirs.published.id, theirs.frenchDraft.id].sort(),
    );
  });
});
