import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { getEditableArticle, type EditableArticle } from '@/lib/articles/admin';
import { listArticlesForAdmin } from '@/lib/articles/list';
import { listRevisions } from '@/lib/articles/revisions';
import { restoreRevision, updateArticle } from '@/lib/articles/save';
import { transitionArticle } from '@/lib/articles/workflow';
import { articleAdminFixtures } from '../support/article-admin';

// Creating, editing rights, conflicts, previews and uploads: article-admin.test.ts.
const { db, actors, input, created, sectionId } = articleAdminFixtures();

describe(`article revisions and workflow (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('keeps revisions, coalesces autosaves and restores an old version as a new save', async () => {
    const article = await created('author', { title: 'Original title' });
    const a1 = (await updateArticle(
      db(),
      actors.author,
      article.id,
      article.version,
      input({ title: 'Autosave one' }),
      { autosave: true },
    )) as { article: EditableArticle };
    const a2 = (await updateArticle(
      db(),
      actors.author,
      article.id,
      a1.article.version,
      input({ title: 'Autosave two' }),
      { autosave: true },
    )) as { article: EditableArticle };
    let revisions = (await listRevisions(db(), actors.author, article.id))!;
    expect(revisions.map((r) => [r.title, r.autosave])).toEqual([
      ['Autosave two', true],
      ['Original title', false],
    ]);
    const manual = (await updateArticle(
      db(),
      actors.author,
      article.id,
      a2.article.version,
      input({ title: 'Manual save' }),
    )) as { article: EditableArticle };
    await updateArticle(db(), actors.author, article.id, manual.article.version, input({ title: 'Autosave three' }), {
      autosave: true,
    });
    revisions = (await listRevisions(db(), actors.author, article.id))!;
    expect(revisions.map((r) => r.title)).toEqual(['Autosave three', 'Manual save', 'Autosave two', 'Original title']);
    expect(await listRevisions(db(), actors.moderator, article.id)).toBeNull();

    const original = revisions.at(-1)!;
    const current = (await getEditableArticle(db(), actors.author, article.id))!;
    expect(await restoreRevision(db(), actors.author, article.id, original.id, current.version - 1)).toMatchObject({
      ok: false,
      reason: 'conflict',
    });
    const restored = await restoreRevision(db(), actors.author, article.id, original.id, current.version);
    expect(restored.ok && restored.article.title).toBe('Original title');
    expect(restored.ok && restored.article.version).toBe(current.version + 1);
    expect((await listRevisions(db(), actors.author, article.id))![0]!.title).toBe('Original title');
  });

  it('schedules only for a future date', async () => {
    const article = await created('editor');
    const now = new Date('2030-06-01T10:00:00Z');
    expect(await transitionArticle(db(), actors.editor, article.id, 'schedule', { now })).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { publishAt: 'invalid' },
    });
    expect(
      await transitionArticle(db(), actors.editor, article.id, 'schedule', {
        now,
        publishAt: new Date('2030-06-01T09:59:00Z'),
      }),
    ).toEqual({ ok: false, reason: 'invalid', fieldErrors: { publishAt: 'invalid' } });
    const ok = await transitionArticle(db(), actors.editor, article.id, 'schedule', {
      now,
      publishAt: new Date('2030-06-02T08:00:00Z'),
    });
    expect(ok.ok && [ok.article.status, ok.article.publishedAt]).toEqual(['scheduled', '2030-06-02T08:00:00.000Z']);
  });

  it('moves to the trash and back, and lists the trash separately', async () => {
    const article = await created('author');
    await transitionArticle(db(), actors.author, article.id, 'trash');
    const trash = await listArticlesForAdmin(db(), actors.author, { status: 'trash' });
    expect(trash.items.map((i) => i.id)).toContain(article.id);
    expect(trash.counts.trash).toBeGreaterThanOrEqual(1);
    expect((await listArticlesForAdmin(db(), actors.author, {})).items.map((i) => i.id)).not.toContain(article.id);
    expect(await transitionArticle(db(), actors.author, article.id, 'submit')).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    const back = await transitionArticle(db(), actors.author, article.id, 'restore');
    expect(back.ok && back.article.deleted).toBe(false);
    // Authors only ever see their own articles in the dashboard.
    const everything = await listArticlesForAdmin(db(), actors.author, { pageSize: 500 });
    expect(everything.items.every((i) => i.author === 'Test author')).toBe(true);
    const all = await listArticlesForAdmin(db(), actors.editor, { pageSize: 500 });
    expect(all.items.some((i) => i.author !== 'Test author')).toBe(true);
  });

  it('names every cache tag a publish touches', async () => {
    const article = await created('author');
    const result = await transitionArticle(db(), actors.editor, article.id, 'publish');
    if (!result.ok) throw new Error('publish failed');
    const [tag] = await db().select({ id: schema.tags.id }).from(schema.tags).where(eq(schema.tags.slug, 'budget'));
    expect(result.invalidate).toEqual(
      expect.arrayContaining([
        `article:${article.id}`,
        `article-slug:en:${article.slug}`,
        'home:en',
        'stories:en',
        `section:${sectionId()}`,
        `tag:${tag!.id}`,
        `author:${actors.author.id}`,
        'authors',
      ]),
    );
  });
});
