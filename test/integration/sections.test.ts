import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSectionBySlug } from '@/lib/articles/queries';
import { listAuditLog } from '@/lib/audit/read';
import type { Actor } from '@/lib/auth/actor';
import { cacheTags } from '@/lib/cache-tags';
import { createSection, listSectionsAdmin, updateSection } from '@/lib/sections';
import { createTestDatabase } from '../support/database';
import { expectOk } from '../support/result';
import { addStaff, logReader } from '../support/staff';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let editor: Actor;
let author: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  const make = async (role: Actor['role']) => {
    const s = await addStaff(database.db, {
      email: `${role}@sections.test`,
      name: `Tax ${role}`,
      role,
      password: 'a-long-enough-password',
    });
    return { id: s.id, role };
  };
  editor = await make('editor');
  author = await make('author');
});
afterAll(async () => {
  await database?.dispose();
});

let n = 0;
const word = (base: string) => `${base} ${++n}`;

describe(`sections (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('creates a section with a name and slug per language, audited, and says which caches to expire', async () => {
    const result = expectOk(
      await createSection(database.db, editor, {
        names: { en: 'World News', fr: 'Monde', ar: 'العالم' },
        slugs: { en: '', fr: 'le-monde', ar: '' },
      }),
    );
    const sections = await listSectionsAdmin(database.db, editor);
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
    const log = await listAuditLog(database.db, logReader, { action: 'section.save', actorId: editor.id });
    expect(log.items.some((e) => e.entityId === String(result.value.id))).toBe(true);
  });

  it('refuses a slug another section uses in the same language, by the field', async () => {
    const first = expectOk(await createSection(database.db, editor, { names: { en: 'Economy', fr: 'Économie' } }));
    const clash = await createSection(database.db, editor, {
      names: { en: 'The economy', fr: 'Éco' },
      slugs: { en: 'economy' },
    });
    expect(clash).toEqual({ ok: false, reason: 'invalid', fieldErrors: { 'slug.en': 'taken' } });
    // Slugs are unique per language only.
    expectOk(await createSection(database.db, editor, { names: { fr: 'Economy' }, slugs: { fr: 'economy' } }));
    // Editing: keeping its own slug is fine; taking another's is not.
    expectOk(
      await updateSection(database.db, editor, {
        id: first.value.id,
        names: { en: 'Economy!', fr: 'Économie' },
        slugs: { en: 'economy', fr: '' },
      }),
    );
    const other = expectOk(await createSection(database.db, editor, { names: { en: 'Business' } }));
    const taken = await updateSection(database.db, editor, {
      id: other.value.id,
      names: { en: 'Business' },
      slugs: { en: 'economy' },
    });
    expect(taken).toEqual({ ok: false, reason: 'invalid', fieldErrors: { 'slug.en': 'taken' } });
  });

  it('renames, translates and reorders a section; a translation cannot be dropped', async () => {
    const created = expectOk(await createSection(database.db, editor, { names: { en: 'Sport' } }));
    const updated = expectOk(
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
    const row = (await listSectionsAdmin(database.db, editor)).find((s) => s.id === created.value.id)!;
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
    expect(await listSectionsAdmin(database.db, author)).toEqual([]);
    expect((await listSectionsAdmin(database.db, editor)).length).toBeGreaterThan(0);
    expect(await updateSection(database.db, editor, { id: 2_000_000_000, names: { en: 'Ghost' } })).toEqual({
      ok: false,
      reason: 'not-found',
    });
  });
});
