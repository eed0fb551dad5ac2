import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { getEditableArticle, type EditableArticle } from '@/lib/articles/admin';
import { getArticleBySlug } from '@/lib/articles/article-page';
import { listRevisions } from '@/lib/articles/revisions';
import { createArticle, restoreRevision, updateArticle } from '@/lib/articles/save';
import { transitionArticle } from '@/lib/articles/workflow';
import type { Actor } from '@/lib/auth/actor';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let editor: Actor;
let counter = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  const [row] = await database.db
    .insert(schema.users)
    .values({ email: 'live-editor@test.example', name: 'Live Editor', slug: 'live-editor', role: 'editor' })
    .returning({ id: schema.users.id });
  editor = { id: row!.id, role: 'editor' };
});

afterAll(async () => {
  await database?.dispose();
});

const db = () => database.db;
const day = 24 * 3600_000;
const firstDay = new Date('2025-03-01T09:00:00Z');

function input(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    locale: 'en',
    title: `Live story ${counter}`,
    dek: 'A dek',
    body: '<p>First words</p>',
    sectionId: null,
    tags: '',
    ...overrides,
  };
}

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

async function row(id: number) {
  const [r] = await db()
    .select({
      status: schema.articles.status,
      version: schema.articles.version,
      title: schema.articles.title,
      publishedAt: schema.articles.publishedAt,
      firstPublishedAt: schema.articles.firstPublishedAt,
    })
    .from(schema.articles)
    .where(eq(schema.articles.id, id));
  return r!;
}

/** A story published on `firstDay`, online now. */
async function liveStory(overrides: Record<string, unknown> = {}): Promise<EditableArticle> {
  const created = ok(await createArticle(db(), editor, input(overrides))).article;
  return ok(await transitionArticle(db(), editor, created.id, 'publish', { now: firstDay })).article;
}

describe(`live stories (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('never publishes or schedules a live story again: its date stays', async () => {
    const story = await liveStory();
    expect(story.status).toBe('published');
    expect(await transitionArticle(db(), editor, story.id, 'publish')).toEqual({ ok: false, reason: 'forbidden' });
    const future = new Date(Date.now() + 3 * day);
    expect(await transitionArticle(db(), editor, story.id, 'schedule', { publishAt: future })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await row(story.id)).toMatchObject({ status: 'published', version: story.version, publishedAt: firstDay });
  });

  it('takes a live story offline only with the confirmation flag', async () => {
    for (const transition of ['unpublish', 'archive', 'trash'] as const) {
      const story = await liveStory();
      const before = await row(story.id);
      expect(await transitionArticle(db(), editor, story.id, transition)).toEqual({
        ok: false,
        reason: 'confirm-live',
      });
      expect(await transitionArticle(db(), editor, story.id, transition, { confirmLive: false })).toEqual({
        ok: false,
        reason: 'confirm-live',
      });
      expect(await row(story.id)).toEqual(before);
      ok(await transitionArticle(db(), editor, story.id, transition, { confirmLive: true }));
    }
    // A story not online yet is not taken offline: no confirmation needed.
    const draft = ok(await createArticle(db(), editor, input())).article;
    const scheduled = ok(
      await transitionArticle(db(), editor, draft.id, 'schedule', { publishAt: new Date(Date.now() + day) }),
    ).article;
    expect(ok(await transitionArticle(db(), editor, scheduled.id, 'unpublish')).article.status).toBe('draft');
  });

  it('counts a scheduled story whose time has come as published', async () => {
    const draft = ok(await createArticle(db(), editor, input())).article;
    // Scheduled yesterday for an hour ago: online now, without any write since.
    const hourAgo = new Date(Date.now() - 3600_000);
    ok(
      await transitionArticle(db(), editor, draft.id, 'schedule', {
        publishAt: hourAgo,
        now: new Date(Date.now() - day),
      }),
    );
    expect((await row(draft.id)).status).toBe('scheduled');
    expect((await getEditableArticle(db(), editor, draft.id))!.status).toBe('published');
    expect(await transitionArticle(db(), editor, draft.id, 'publish')).toEqual({ ok: false, reason: 'forbidden' });
    expect(await transitionArticle(db(), editor, draft.id, 'unpublish')).toEqual({ ok: false, reason: 'confirm-live' });
    ok(await transitionArticle(db(), editor, draft.id, 'unpublish', { confirmLive: true }));
    expect((await row(draft.id)).firstPublishedAt).toEqual(hourAgo);
  });

  it('keeps the first publication time across unpublish, schedule and publish now; readers see "updated"', async () => {
    const story = await liveStory();
    ok(await transitionArticle(db(), editor, story.id, 'unpublish', { confirmLive: true }));
    ok(await transitionArticle(db(), editor, story.id, 'schedule', { publishAt: new Date(Date.now() + 2 * day) }));
    const republished = ok(await transitionArticle(db(), editor, story.id, 'publish')).article;
    expect(republished.firstPublishedAt).toBe(firstDay.toISOString());
    expect(republished.publishedAt).toBe(firstDay.toISOString());
    const page = (await getArticleBySlug(db(), 'en', story.slug))!;
    expect(page.publishedAt).toBe(firstDay.toISOString());
    expect(Date.parse(page.updatedAt)).toBeGreaterThan(Date.now() - 60_000);

    // Back online on a scheduled date: readers see the first date, updated at the return.
    const other = await liveStory();
    ok(await transitionArticle(db(), editor, other.id, 'unpublish', { confirmLive: true }));
    const back = new Date(Date.now() - 3600_000);
    ok(
      await transitionArticle(db(), editor, other.id, 'schedule', { publishAt: back, now: new Date(Date.now() - day) }),
    );
    const otherPage = (await getArticleBySlug(db(), 'en', other.slug))!;
    expect([otherPage.publishedAt, otherPage.updatedAt]).toEqual([firstDay.toISOString(), back.toISOString()]);
  });

  it('changes a live story only on an explicit save, never on an autosave', async () => {
    const story = await liveStory();
    const refused = await updateArticle(db(), editor, story.id, story.version, input({ title: 'Silent change' }));
    expect(refused).toMatchObject({
      ok: false,
      reason: 'confirm-live',
      current: { id: story.id, status: 'published' },
    });
    const autosave = await updateArticle(db(), editor, story.id, story.version, input({ title: 'Autosaved change' }), {
      autosave: true,
      confirmLive: true,
    });
    expect(autosave).toMatchObject({ ok: false, reason: 'confirm-live' });
    expect((await row(story.id)).title).toBe(story.title);
    const saved = ok(
      await updateArticle(
        db(),
        editor,
        story.id,
        story.version,
        input({ title: 'Corrected headline', slug: story.slug }),
        { confirmLive: true },
      ),
    );
    expect(saved.article.title).toBe('Corrected headline');
    expect((await getArticleBySlug(db(), 'en', story.slug))!.title).toBe('Corrected headline');
  });

  it('restores a revision of a live story only with the confirmation flag', async () => {
    const draft = ok(await createArticle(db(), editor, input({ title: 'Original headline' }))).article;
    const published = ok(await transitionArticle(db(), editor, draft.id, 'publish', { now: firstDay })).article;
    const changed = ok(
      await updateArticle(db(), editor, draft.id, published.version, input({ title: 'Changed headline' }), {
        confirmLive: true,
      }),
    ).article;
    const first = (await listRevisions(db(), editor, draft.id))!.at(-1)!;
    expect(await restoreRevision(db(), editor, draft.id, first.id, changed.version)).toMatchObject({
      ok: false,
      reason: 'confirm-live',
    });
    expect((await row(draft.id)).title).toBe('Changed headline');
    const restored = ok(
      await restoreRevision(db(), editor, draft.id, first.id, changed.version, { confirmLive: true }),
    );
    expect(restored.article.title).toBe('Original headline');
  });

  it('numbers revisions without gaps and says who made each, when and what kind of change', async () => {
    const draft = ok(await createArticle(db(), editor, input({ title: 'Numbered' }))).article;
    const a1 = ok(
      await updateArticle(db(), editor, draft.id, draft.version, input({ title: 'Auto one' }), { autosave: true }),
    ).article;
    const a2 = ok(
      await updateArticle(db(), editor, draft.id, a1.version, input({ title: 'Auto two' }), { autosave: true }),
    ).article;
    const saved = ok(await updateArticle(db(), editor, draft.id, a2.version, input({ title: 'Saved' }))).article;
    const published = ok(
      await transitionArticle(db(), editor, draft.id, 'publish', { expectedVersion: saved.version }),
    ).article;
    const unpublished = ok(await transitionArticle(db(), editor, draft.id, 'unpublish', { confirmLive: true })).article;
    const created = (await listRevisions(db(), editor, draft.id))!.at(-1)!;
    ok(await restoreRevision(db(), editor, draft.id, created.id, unpublished.version));
    expect(published.status).toBe('published');

    const revisions = (await listRevisions(db(), editor, draft.id))!;
    expect(revisions.map((r) => [r.number, r.kind, r.title])).toEqual([
      [6, 'revert', 'Numbered'],
      [5, 'unpublish', 'Saved'],
      [4, 'publish', 'Saved'],
      [3, 'save', 'Saved'],
      [2, 'autosave', 'Auto two'],
      [1, 'create', 'Numbered'],
    ]);
    expect(revisions[0]!.restoredFrom).toBe(1);
    expect(revisions.every((r) => r.author === 'Live Editor' && !Number.isNaN(Date.parse(r.createdAt)))).toBe(true);
  });
});
