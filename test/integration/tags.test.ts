import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { getTagBySlug } from '@/lib/articles/queries';
import { listAuditLog } from '@/lib/audit/read';
import type { Actor } from '@/lib/auth/actor';
import { cacheTags } from '@/lib/cache-tags';
import type { Locale } from '@/lib/i18n/config';
import { createTag, listTagOptions, listTagsAdmin, mergeTags, renameTag } from '@/lib/tags';
import { createTestDatabase } from '../support/database';
import { expectOk } from '../support/result';
import { addStaff, logReader } from '../support/staff';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let editor: Actor;
let author: Actor;
let moderator: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  const make = async (role: Actor['role']) => {
    const s = await addStaff(database.db, {
      email: `${role}@tags.test`,
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

describe(`tags (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('stores a tag name with markup exactly as typed', async () => {
    const name = `<img src=x onerror=alert(1)><script>"&'</script>`;
    const created = expectOk(await createTag(database.db, editor, { locale: 'en', name: `  ${name}  ` }));
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
    const log = await listAuditLog(database.db, logReader, { action: 'tag.save' });
    expect(log.items.find((e) => e.entityId === String(created.value.id))!.data.name).toBe(name);
  });

  it('refuses a tag whose slug exists in that language, and renames name and slug', async () => {
    const tag = expectOk(await createTag(database.db, editor, { locale: 'fr', name: 'Élections' }));
    expect(tag.value.slug).toBe('elections');
    expect(await createTag(database.db, editor, { locale: 'fr', name: 'elections' })).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { name: 'taken' },
    });
    expectOk(await createTag(database.db, editor, { locale: 'en', name: 'Elections' }));
    const other = expectOk(await createTag(database.db, editor, { locale: 'fr', name: 'Scrutin' }));
    expect(await renameTag(database.db, editor, { id: other.value.id, name: 'Scrutin', slug: 'elections' })).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { slug: 'taken' },
    });
    const renamed = expectOk(
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
    // Only those who manage tags read the admin lists.
    expect(await listTagsAdmin(database.db, moderator, { locale: 'fr' })).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageCount: 1,
    });
    expect(await listTagOptions(database.db, moderator, 'fr')).toEqual([]);
    expect((await listTagOptions(database.db, editor, 'fr')).map((t) => t.name)).toContain('Élections 2030');
  });

  it('merges tags: every article keeps one link to the target, the sources are gone', async () => {
    const a = expectOk(await createTag(database.db, editor, { locale: 'ar', name: word('اقتصاد') })).value.id;
    const b = expectOk(await createTag(database.db, editor, { locale: 'ar', name: word('الاقتصاد') })).value.id;
    const target = expectOk(await createTag(database.db, editor, { locale: 'ar', name: word('اقتصاديات') })).value.id;
    const one = await article('ar', [a]);
    const both = await article('ar', [a, b]);
    const withTarget = await article('ar', [b, target]);
    const all = await article('ar', [a, b, target]);
    const untouched = await article('ar', []);

    const result = expectOk(await mergeTags(database.db, editor, { sourceIds: [a, b], targetId: target }));
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
    const log = await listAuditLog(database.db, logReader, { action: 'tag.merge' });
    expect(log.items[0]).toMatchObject({ entityId: String(target), actorId: editor.id });
    expect(
      (await listTagsAdmin(database.db, editor, { locale: 'ar' })).items.find((t) => t.id === target)!.articleCount,
    ).toBe(4);
  });

  it('refuses merges across languages, into a source, or with unknown tags, changing nothing', async () => {
    const en = expectOk(await createTag(database.db, editor, { locale: 'en', name: word('Climate') })).value.id;
    const fr = expectOk(await createTag(database.db, editor, { locale: 'fr', name: word('Climat') })).value.id;
    const en2 = expectOk(await createTag(database.db, editor, { locale: 'en', name: word('Weather') })).value.id;
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
