import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { createArticle } from '@/lib/articles/save';
import type { Actor } from '@/lib/auth/actor';
import type { Locale } from '@/lib/i18n/config';
import { tagSearchKey } from '@/lib/tag-search-key';
import { TAG_SUGGESTION_LIMIT, searchKeyInDatabase, suggestTags } from '@/lib/tag-suggest';
import { slugify } from '@/lib/slug';
import { createTestDatabase } from '../support/database';
import { addStaff } from '../support/staff';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const actors = {} as Record<Actor['role'], Actor>;

async function tag(locale: Locale, name: string) {
  const [row] = await database.db
    .insert(schema.tags)
    .values({ locale, name, slug: slugify(name) })
    .returning({ id: schema.tags.id });
  return row!.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  for (const role of ['admin', 'editor', 'author', 'moderator'] as const) {
    const s = await addStaff(database.db, {
      email: `${role}@suggest.test`,
      name: `Suggest ${role}`,
      role,
      password: 'a-long-enough-password',
    });
    actors[role] = { id: s.id, role };
  }
  await tag('ar', 'المياه');
  await tag('ar', 'الإنترنت');
  await tag('ar', 'الشركات الناشئة');
  await tag('ar', 'مهرجان');
  await tag('fr', 'État de droit');
  await tag('fr', 'eau');
  await tag('en', 'water');
  await tag('en', 'Water polo');
  for (let i = 0; i < 12; i++) await tag('en', `wave ${i}`);
});
afterAll(async () => {
  await database?.dispose();
});

const names = async (locale: Locale, q: string, actor: Actor | null = actors.editor) => {
  const result = await suggestTags(database.db, actor, { locale, q });
  if (!result.ok) throw new Error(result.reason);
  return result.tags.map((t) => t.name);
};

describe(`tag suggestions (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('finds "المياه" for "مياه", with or without harakat, and for an unfinished "الم"', async () => {
    expect(await names('ar', 'مياه')).toEqual(['المياه']);
    expect(await names('ar', 'مِيَاه')).toEqual(['المياه']);
    expect(await names('ar', 'الم')).toContain('المياه');
    expect(await names('ar', 'انترن')).toEqual(['الإنترنت']);
    expect(await names('ar', 'ناشئ')).toEqual(['الشركات الناشئة']);
  });

  it('answers only tags of the language asked for', async () => {
    expect(await names('ar', 'water')).toEqual([]);
    expect(await names('en', 'مياه')).toEqual([]);
    expect(await names('fr', 'ea')).toEqual(['eau']);
  });

  it('ignores case and accents, puts the exact match first and stops at the limit', async () => {
    expect(await names('fr', 'etat')).toEqual(['État de droit']);
    expect(await names('fr', 'DROIT')).toEqual(['État de droit']);
    const found = await names('en', 'WA');
    expect(found).toHaveLength(TAG_SUGGESTION_LIMIT);
    expect(await names('en', 'water')).toEqual(['water', 'Water polo']);
  });

  it('matches the start of words, not the middle', async () => {
    expect(await names('en', 'ater')).toEqual([]);
  });

  it('computes the same keys in SQL as in the browser', async () => {
    for (const text of [
      'المياه',
      'الإنترنت',
      'المِيَاه',
      'ألم',
      'État de droit',
      '  start-up ,  vie   privée ',
      '«الطاقة»؟',
      'Cinéma',
      'البرلمـان',
    ]) {
      expect(await searchKeyInDatabase(database.db, text)).toBe(tagSearchKey(text));
    }
  });

  it('is open to people who write articles, refused to signed-out visitors and moderators', async () => {
    for (const role of ['admin', 'editor', 'author'] as const)
      expect(await names('ar', 'مياه', actors[role])).toEqual(['المياه']);
    expect(await suggestTags(database.db, null, { locale: 'ar', q: 'مياه' })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await suggestTags(database.db, actors.moderator, { locale: 'ar', q: 'مياه' })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
  });

  it('refuses malformed input', async () => {
    expect(await suggestTags(database.db, actors.editor, { locale: 'de', q: 'x' })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await suggestTags(database.db, actors.editor, { locale: 'en', q: '' })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await suggestTags(database.db, actors.editor, { locale: 'en', q: 'x'.repeat(61) })).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});

describe('saving an article', () => {
  it('reuses an existing tag that differs only by the Arabic article, in the same language only', async () => {
    const before = await database.db
      .select({ id: schema.tags.id })
      .from(schema.tags)
      .where(eq(schema.tags.locale, 'ar'));
    const result = await createArticle(database.db, actors.editor, {
      locale: 'ar',
      title: 'تقرير عن المياه',
      body: '<p>نص</p>',
      tags: 'مياه، مهرجانات، الإنترنت',
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect([...result.article.tags].sort()).toEqual(['الإنترنت', 'المياه', 'مهرجانات'].sort());
    const after = await database.db
      .select({ id: schema.tags.id, name: schema.tags.name })
      .from(schema.tags)
      .where(eq(schema.tags.locale, 'ar'));
    // Only "مهرجانات" is new: it is not "مهرجان" with or without an article.
    expect(after.length).toBe(before.length + 1);
    expect(after.map((t) => t.name)).not.toContain('مياه');
    // French "eau" is not an Arabic tag: an English "eau" is a new English tag.
    const english = await createArticle(database.db, actors.editor, {
      locale: 'en',
      title: 'Eau story',
      body: '<p>x</p>',
      tags: 'eau',
    });
    if (!english.ok) throw new Error(JSON.stringify(english));
    const eau = await database.db
      .select({ locale: schema.tags.locale })
      .from(schema.tags)
      .where(and(eq(schema.tags.slug, 'eau')));
    expect(eau.map((t) => t.locale).sort()).toEqual(['en', 'fr']);
  });
});
