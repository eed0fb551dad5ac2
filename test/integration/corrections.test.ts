import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { loadArticlePage } from '@/lib/articles/article-page';
import { createArticle } from '@/lib/articles/save';
import { transitionArticle } from '@/lib/articles/workflow';
import type { Actor } from '@/lib/auth/actor';
import { addCorrection, CORRECTION_MAX_LENGTH, getCorrectionsForEditor, listCorrectionsLog } from '@/lib/corrections';
import { articleStructuredData } from '@/lib/seo/structured-data';
import { defaultIdentity } from '@/lib/identity/identity';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const people = {} as Record<'admin' | 'editor' | 'author' | 'moderator', Actor>;
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
  const rows = await db()
    .insert(schema.users)
    .values(
      (['admin', 'editor', 'author', 'moderator'] as const).map((role) => ({
        email: `${role}@corrections.example`,
        name: `Corrections ${role}`,
        slug: `corrections-${role}`,
        role,
      })),
    )
    .returning({ id: schema.users.id, role: schema.users.role });
  for (const row of rows) people[row.role as keyof typeof people] = { id: row.id, role: row.role };
});

afterAll(async () => {
  await database?.dispose();
});

async function story(title: string, options: { locale?: 'en' | 'fr' | 'ar'; publish?: boolean } = {}) {
  const created = await createArticle(db(), people.author, {
    locale: options.locale ?? 'en',
    title,
    dek: 'A dek.',
    body: '<p>Body.</p>',
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  if (options.publish === false) return created.article;
  const published = await transitionArticle(db(), people.editor, created.article.id, 'publish');
  if (!published.ok) throw new Error(JSON.stringify(published));
  return published.article;
}

const readerPage = async (id: number) => (await loadArticlePage(db(), { readers: false, actor: people.admin, id }))!;

describe(`corrections (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('an editor corrects a live story: readers see the dated note, the updated date moves, the version does not', async () => {
    const article = await story('Budget figures corrected');
    const before = await readerPage(article.id);
    expect(before.article.corrections).toEqual([]);
    // Let the clock move, so the updated date visibly changes.
    await new Promise((resolve) => setTimeout(resolve, 20));

    const result = await addCorrection(db(), people.editor, article.id, {
      body: '  The deficit is 4.1 per cent, not 4.5 per cent.\r\nThe total was right.  ',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.correction.body).toBe('The deficit is 4.1 per cent, not 4.5 per cent.\nThe total was right.');
    expect(result.invalidate).toEqual(
      expect.arrayContaining([`article:${article.id}`, 'stories:en', 'corrections:en']),
    );

    const after = await readerPage(article.id);
    expect(after.article.corrections).toEqual([
      { id: result.correction.id, body: result.correction.body, createdAt: result.correction.createdAt },
    ]);
    expect(after.article.updatedAt).toBe(result.correction.createdAt);
    expect(Date.parse(after.article.updatedAt)).toBeGreaterThan(Date.parse(before.article.updatedAt));
    const [row] = await db()
      .select({ version: schema.articles.version })
      .from(schema.articles)
      .where(eq(schema.articles.id, article.id));
    expect(row!.version).toBe(article.version);

    const [audit] = await db()
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'article.correct'))
      .orderBy(desc(schema.auditLog.id))
      .limit(1);
    expect(audit).toMatchObject({ actorId: people.editor.id, entityId: String(article.id) });

    // Structured data names each correction (schema.org CorrectionComment).
    const [news] = articleStructuredData(after.article, 'Home', defaultIdentity());
    expect(news.correction).toEqual([
      expect.objectContaining({
        '@type': 'CorrectionComment',
        text: result.correction.body,
        datePublished: result.correction.createdAt,
      }),
    ]);
  });

  it('only editors and admins correct; authors and moderators are refused and nothing is written', async () => {
    const article = await story('Only editors correct');
    for (const who of ['author', 'moderator'] as const) {
      expect(await addCorrection(db(), people[who], article.id, { body: 'A note.' })).toEqual({
        ok: false,
        reason: 'forbidden',
      });
      expect(await getCorrectionsForEditor(db(), people[who], article.id)).toBeNull();
    }
    expect(await addCorrection(db(), people.admin, article.id, { body: 'By an admin.' })).toMatchObject({ ok: true });
    expect((await getCorrectionsForEditor(db(), people.editor, article.id))!.map((c) => c.body)).toEqual([
      'By an admin.',
    ]);
  });

  it('refuses an empty or too long note, and a story readers cannot see', async () => {
    const article = await story('Validation story');
    expect(await addCorrection(db(), people.editor, article.id, { body: '   ' })).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { body: 'required' },
    });
    expect(
      await addCorrection(db(), people.editor, article.id, { body: 'x'.repeat(CORRECTION_MAX_LENGTH + 1) }),
    ).toEqual({ ok: false, reason: 'invalid', fieldErrors: { body: 'too-long' } });
    const draft = await story('Still a draft', { publish: false });
    expect(await addCorrection(db(), people.editor, draft.id, { body: 'Too early.' })).toEqual({
      ok: false,
      reason: 'not-live',
    });
    expect(await addCorrection(db(), people.editor, 2_000_000_000, { body: 'Nobody.' })).toEqual({
      ok: false,
      reason: 'not-found',
    });
    const count = await db()
      .select({ id: schema.articleCorrections.id })
      .from(schema.articleCorrections)
      .where(eq(schema.articleCorrections.articleId, draft.id));
    expect(count).toEqual([]);
  });

  it('the log lists the language’s corrections newest first, only of stories readers can open', async () => {
    const first = await story('Premier article corrigé', { locale: 'fr' });
    const second = await story('Second article corrigé', { locale: 'fr' });
    const english = await story('English one', { locale: 'en' });
    await addCorrection(db(), people.editor, first.id, { body: 'Première note.' });
    await addCorrection(db(), people.editor, english.id, { body: 'English note.' });
    await addCorrection(db(), people.editor, second.id, { body: 'Deuxième note.' });
    await addCorrection(db(), people.editor, first.id, { body: 'Troisième note.' });

    const log = await listCorrectionsLog(db(), 'fr', 1);
    expect(log.items.map((c) => [c.body, c.article.title])).toEqual([
      ['Troisième note.', 'Premier article corrigé'],
      ['Deuxième note.', 'Second article corrigé'],
      ['Première note.', 'Premier article corrigé'],
    ]);
    expect(log).toMatchObject({ total: 3, page: 1, pageCount: 1 });
    // A story's own notes read oldest first.
    expect((await readerPage(first.id)).article.corrections.map((c) => c.body)).toEqual([
      'Première note.',
      'Troisième note.',
    ]);

    // Unpublished, its corrections leave the public log (and come back with it).
    const offline = await transitionArticle(db(), people.editor, first.id, 'unpublish', { confirmLive: true });
    expect(offline.ok).toBe(true);
    expect((await listCorrectionsLog(db(), 'fr', 1)).items.map((c) => c.body)).toEqual(['Deuxième note.']);
    expect(await addCorrection(db(), people.editor, first.id, { body: 'Offline.' })).toMatchObject({
      reason: 'not-live',
    });
  });
});
