import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { getSectionBySlug, getTagBySlug } from '@/lib/articles/queries';
import { listAuditLog } from '@/lib/audit-read';
import { cacheTags } from '@/lib/cache-tags';
import type { Locale } from '@/lib/i18n/config';
import { createStaff } from '@/lib/staff';
import {
  createSection,
  createTag,
  listSectionsAdmin,
  listTagsAdmin,
  mergeTags,
  renameTag,
  updateSection,
  type Actor,
} from '@/lib/taxonomy';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let editor: Actor;
let author: Actor;
let moderator: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  const make = async (role: Actor['role']) => {
    const s = await createStaff(database.db, null, {
      email: `${role}@tax.test`,
      name: `Tax ${role}`,
      role,
      password: 'a-long-enough-password',
    });
    return { id: s.id, role };
  };
  editor = await make('editor');
  author = await make('author');
  moderator = await make('moderator');
});
afterAll(async () => {
  await database?.dispose();
});

let n = 0;
const word = (base: string) => `${base} ${++n}`;

function ok<T>(result: { ok: true; value: T; invalidate: string[] } | { ok: false }): {
  value: T;
  invalidate: string[];
} {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result;
}

async function article(locale: Locale, tagIds: number[]) {
  const [row] = await database.db
    .insert(schema.articles)
    .values({ locale, slug: `story-${++n}`, title: `Story ${n}`, authorId: author.id })
    .returning({ id: schema.articles.id });
  if (tagIds.length)
    await database.db.insert(schema.articleTags).values(tagIds.map((tagId) => ({ articleId: row!.id, tagId })));
  return row!.id;
}

const linksOf = (tagId: number) =>
  database.db
    .select({ articleId: schema.articleTags.articleId })
    .from(schema.articleTags)
    .where(eq(schema.articleTags.tagId, tagId))
    .then((rows) => rows.map((r) => r.articleId).sort((a, b) => a - b));

describe(`sections (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('creates a section with a name and slug per language, audited, and says which caches to expire', async () => {
    const result = ok(
      await createSection(database.db, editor, {
        names: { en: 'World News', fr: 'Monde', ar: 'العالم' },
        slugs: { en: '', fr: 'le-monde', ar: '' },
      }),
    );
    const sections = await listSectionsAdmin(database.db);
    const created = sections.find((s) => s.id === result.value.id)!;
    expect(created.translations).toEqual({
      en: { name: 'World News', slug: 'world-news' },
      fr: { name: 'Monde', slug: 'le-monde' },
      ar: { name: 'العالم', slug: 'العالم' },
    });
    expect(await getSectionBySlug(database.db, 'ar', 'العالم')).toMatchObject({ id: result.value.id, name: 'العالم' });
    expect(result.invalidate).toEqual(
      expect.arrayContaining([
        cacheTags.sections,
        cacheTags.section(result.value.id),
        cacheTags.stories('en'),
        cacheTags.stories('fr'),
        cacheTags.stories('ar'),
      ]),
    );
    const log = await listAuditLog(database.db, { action: 'section.save', actorId: editor.id });
    expect(log.items.some((e) => e.entityId === String(result.value.id))).toBe(true);
  });

  it('refuses a slug another section uses in the same language, by the field', async () => {
    const first = ok(await createSection(database.db, editor, { names: { en: 'Economy', fr: 'Économie' } }));
    const clash = await createSection(database.db, editor, {
      names: { en: 'The economy', fr: 'Éco' },
      slugs: { en: 'economy' },
    });
    expect(clash).toEqual({ ok: false, reason: 'invalid', fieldErrors: { 'slug.en': 'taken' } });
    // Slugs are unique per language only.
    ok(await createSection(database.db, editor, { names: { fr: 'Economy' }, slugs: { fr: 'economy' } }));
    // Editing: keeping its own slug is fine; taking another's is not.
    ok(
      await updateSection(database.db, editor, {
        id: first.value.id,
        names: { en: 'Economy!', fr: 'Économie' },
        slugs: { en: 'economy', fr: '' },
      }),
    );
    const other = ok(await createSection(database.db, editor, { names: { en: 'Business' } }));
    const taken = await updateSection(database.db, editor, {
      id: other.value.id,
      names: { en: 'Business' },
      slugs: { en: 'economy' },
    });
    expect(taken).toEqual({ ok: false, reason: 'invalid', fieldErrors: { 'slug.en': 'taken' } });
  });

  it('renames, translates and reorders a section; a translation cannot be dropped', async () => {
    const created = ok(await createSection(database.db, editor, { names: { en: 'Sport' } }));
    const updated = ok(
      await updateSection(database.db, editor, {
        id: created.value.id,
        names: { en: 'Sports', fr: 'Sport', ar: 'رياضة' },
        slugs: { en: 'sports' },
        position: '0',
      }),
    );
    expect(updated.invalidate).toEqual(
      expect.arrayContaining([cacheTags.stories('fr'), cacheTags.stories('ar'), cacheTags.section(created.value.id)]),
    );
    const row = (await listSectionsAdmin(database.db)).find((s) => s.id === created.value.id)!;
    expect(row.position).toBe(0);
    expect(row.translations.en).toEqual({ name: 'Sports', slug: 'sports' });
    expect(row.translations.fr).toEqual({ name: 'Sport', slug: 'sport' });
    const dropped = await updateSection(database.db, editor, {
      id: created.value.id,
      names: { en: 'Sports', fr: '' },
      slugs: {},
    });
    expect(dropped).toMatchObject({ ok: false, reason: 'invalid', fieldErrors: { 'name.fr': 'cannot-remove' } });
  });

  it('validates names and slugs, and only lets editors and admins act', async () => {
    expect(await createSection(database.db, editor, { names: {} })).toMatchObject({
      ok: false,
      fieldErrors: { 'name.en': 'required' },
    });
    expect(await createSection(database.db, editor, { names: { en: '!!!' } })).toMatchObject({
      ok: false,
      fieldErrors: { 'slug.en': 'invalid' },
    });
    expect(await createSection(database.db, editor, { names: { en: 'x'.repeat(121) } })).toMatchObject({
      ok: false,
      fieldErrors: { 'name.en': 'too-long' },
    });
    expect(await createSection(database.db, author, { names: { en: word('Nope') } })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await updateSection(database.db, editor, { id: 2_000_000_000, names: { en: 'Ghost' } })).toEqual({
      ok: false,
      reason: 'not-found',
    });
  });
});

describe('tags', () => {
  it('stores a tag name with markup exactly as typed', async () => {
    const name = `<img src=x onerror=alert(1)><script>"&'</script>`;
    const created = ok(await createTag(database.db, editor, { locale: 'en', name: `  ${name}  ` }));
    expect(created.value.name).toBe(name);
    expect(created.value.slug).toMatch(/^[\p{L}\p{N}-]+$/u);
    const [stored] = await database.db
      .select({ name: schema.tags.name })
      .from(schema.tags)
      .where(eq(schema.tags.id, created.value.id));
    expect(stored!.name).toBe(name);
    expect((await getTagBySlug(database.db, 'en', created.value.slug))!.name).toBe(name);
    expect(created.invalidate).toEqual(
      expect.arrayContaining([cacheTags.tags('en'), cacheTags.tag(created.value.id), cacheTags.stories('en')]),
    );
    const log = await listAuditLog(database.db, { action: 'tag.save' });
    expect(log.items.find((e) => e.entityId === String(created.value.id))!.data.name).toBe(name);
  });

  it('refuses a tag whose slug exists in that language, and renames name and slug', async () => {
    const tag = ok(await createTag(database.db, editor, { locale: 'fr', name: 'Élections' }));
    expect(tag.value.slug).toBe('elections');
    expect(await createTag(database.db, editor, { locale: 'fr', name: 'elections' })).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { name: 'taken' },
    });
    ok(await createTag(database.db, editor, { locale: 'en', name: 'Elections' }));
    const other = ok(await createTag(database.db, editor, { locale: 'fr', name: 'Scrutin' }));
    expect(await renameTag(database.db, editor, { id: other.value.id, name: 'Scrutin', slug: 'elections' })).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { slug: 'taken' },
    });
    const renamed = ok(
      await renameTag(database.db, editor, { id: tag.value.id, name: 'Élections 2030', slug: 'vote-2030' }),
    );
    expect(renamed.value).toMatchObject({ name: 'Élections 2030', slug: 'vote-2030' });
    expect(await getTagBySlug(database.db, 'fr', 'elections')).toBeNull();
    expect(await createTag(database.db, editor, { locale: 'fr', name: '   ' })).toMatchObject({
      ok: false,
      fieldErrors: { name: 'required' },
    });
    expect(await createTag(database.db, editor, { locale: 'fr', name: '***' })).toMatchObject({
      ok: false,
      fieldErrors: { name: 'invalid' },
    });
    expect(await createTag(database.db, moderator, { locale: 'fr', name: word('Modo') })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
  });

  it('merges tags: every article keeps one link to the target, the sources are gone', async () => {
    const a = ok(await createTag(database.db, editor, { locale: 'ar', name: word('اقتصاد') })).value.id;
    const b = ok(await createTag(database.db, editor, { locale: 'ar', name: word('الاقتصاد') })).value.id;
    const target = ok(await createTag(database.db, editor, { locale: 'ar', name: word('اقتصاديات') })).value.id;
    const one = await article('ar', [a]);
    const both = await article('ar', [a, b]);
    const withTarget = await article('ar', [b, target]);
    const all = await article('ar', [a, b, target]);
    const untouched = await article('ar', []);

    const result = ok(await mergeTags(database.db, editor, { sourceIds: [a, b], targetId: target }));
    expect(result.value).toEqual({ targetId: target, merged: 2 });
    expect(await linksOf(target)).toEqual([one, both, withTarget, all].sort((x, y) => x - y));
    const [{ count }] = (await database.db
      .select({ count: sql<number>`count(*)::int` })
      .from(schema.articleTags)
      .where(inArray(schema.articleTags.articleId, [one, both, withTarget, all, untouched]))) as [{ count: number }];
    expect(count).toBe(4);
    expect(
      await database.db
        .select()
        .from(schema.tags)
        .where(inArray(schema.tags.id, [a, b])),
    ).toHaveLength(0);
    expect(result.invalidate).toEqual(
      expect.arrayContaining([
        cacheTags.tag(a),
        cacheTags.tag(b),
        cacheTags.tag(target),
        cacheTags.tags('ar'),
        cacheTags.stories('ar'),
      ]),
    );
    const log = await listAuditLog(database.db, { action: 'tag.merge' });
    expect(log.items[0]).toMatchObject({ entityId: String(target), actorId: editor.id });
    expect((await listTagsAdmin(database.db, { locale: 'ar' })).items.find((t) => t.id === target)!.articleCount).toBe(
      4,
    );
  });

  it('refuses merges across languages, into a source, or with unknown tags, changing nothing', async () => {
    const en = ok(await createTag(database.db, editor, { locale: 'en', name: word('Climate') })).value.id;
    const fr = ok(await createTag(database.db, editor, { locale: 'fr', name: word('Climat') })).value.id;
    const en2 = ok(await createTag(database.db, editor, { locale: 'en', name: word('Weather') })).value.id;
    const story = await article('en', [en]);
    expect(await mergeTags(database.db, editor, { sourceIds: [fr], targetId: en })).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { sourceIds: 'mixed-locales' },
    });
    expect(await mergeTags(database.db, editor, { sourceIds: [en, en2], targetId: en })).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { targetId: 'invalid' },
    });
    expect(await mergeTags(database.db, editor, { sourceIds: [en, 2_000_000_000], targetId: en2 })).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await mergeTags(database.db, editor, { sourceIds: [], targetId: en2 })).toMatchObject({
      ok: false,
      fieldErrors: { sourceIds: 'required' },
    });
    expect(await mergeTags(database.db, author, { sourceIds: [en], targetId: en2 })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await linksOf(en)).toEqual([story]);
    expect(
      await database.db
        .select()
        .from(schema.tags)
        .where(and(inArray(schema.tags.id, [en, fr, en2]))),
    ).toHaveLength(3);
  });
});
