import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { getArticlePreview } from '@/lib/articles/preview';
import { getArticleBySlug } from '@/lib/articles/article-page';
import { getAuthorBySlug, listStories } from '@/lib/articles/queries';
import type { Role } from '@/lib/auth/permissions';
import { getStaffNames, updateStaffNames } from '@/lib/staff-names';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const actors = {} as Record<Role | 'writer', Actor & { slug: string }>;
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
  for (const role of ['admin', 'editor', 'author', 'moderator', 'writer'] as const) {
    const [row] = await db()
      .insert(schema.users)
      .values({
        email: `${role}@names.example`,
        name: `Latin ${role}`,
        slug: `latin-${role}`,
        role: role === 'writer' ? 'author' : role,
      })
      .returning({ id: schema.users.id });
    actors[role] = { id: row!.id, role: role === 'writer' ? 'author' : role, slug: `latin-${role}` };
  }
  // The same story by "writer" in English and Arabic, published.
  const [en] = await db()
    .insert(schema.articles)
    .values({
      locale: 'en',
      slug: 'harbour',
      title: 'Harbour',
      status: 'published',
      publishedAt: new Date('2026-01-01T00:00:00Z'),
      authorId: actors.writer.id,
    })
    .returning({ translationGroupId: schema.articles.translationGroupId });
  await db()
    .insert(schema.articles)
    .values({
      locale: 'ar',
      slug: 'ميناء',
      title: 'الميناء',
      status: 'published',
      publishedAt: new Date('2026-01-01T00:00:00Z'),
      authorId: actors.writer.id,
      translationGroupId: en!.translationGroupId,
    });
});

afterAll(async () => {
  await database?.dispose();
});

const names = (name: string, perLocale: Partial<Record<'en' | 'fr' | 'ar', string>> = {}) => ({
  name,
  names: { en: perLocale.en ?? '', fr: perLocale.fr ?? '', ar: perLocale.ar ?? '' },
});

async function storedNames(userId: number) {
  const rows = await db()
    .select({ locale: schema.staffDisplayNames.locale, name: schema.staffDisplayNames.name })
    .from(schema.staffDisplayNames)
    .where(eq(schema.staffDisplayNames.userId, userId));
  return Object.fromEntries(rows.map((r) => [r.locale, r.name]));
}

describe(`staff names per language (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('shows readers the name of their language, the default name elsewhere, and keeps the author page address', async () => {
    const result = await updateStaffNames(
      db(),
      actors.admin,
      actors.writer.id,
      names('  Leila Haddad ', { ar: ' ليلى حداد ', fr: '' }),
    );
    expect(result).toMatchObject({
      ok: true,
      changed: true,
      names: { name: 'Leila Haddad', names: { ar: 'ليلى حداد' } },
    });
    if (!result.ok) return;
    expect(result.invalidate).toEqual(expect.arrayContaining([`author:${actors.writer.id}`, 'authors']));
    expect(await storedNames(actors.writer.id)).toEqual({ ar: 'ليلى حداد' });

    expect((await getArticleBySlug(db(), 'ar', 'ميناء'))!.author).toEqual({
      id: actors.writer.id,
      name: 'ليلى حداد',
      slug: 'latin-writer',
    });
    expect((await getArticleBySlug(db(), 'en', 'harbour'))!.author!.name).toBe('Leila Haddad');
    expect((await listStories(db(), 'ar', { authorId: actors.writer.id }, 1)).items[0]!.author!.name).toBe('ليلى حداد');
    expect((await listStories(db(), 'en', {}, 1)).items[0]!.author!.name).toBe('Leila Haddad');
    expect((await getAuthorBySlug(db(), 'ar', 'latin-writer'))!.name).toBe('ليلى حداد');
    expect((await getAuthorBySlug(db(), 'fr', 'latin-writer'))!.name).toBe('Leila Haddad');
    // The staff preview is the reader page: same name.
    const [arId] = await db()
      .select({ id: schema.articles.id })
      .from(schema.articles)
      .where(and(eq(schema.articles.locale, 'ar'), eq(schema.articles.authorId, actors.writer.id)));
    expect((await getArticlePreview(db(), actors.admin, arId!.id))!.article.author!.name).toBe('ليلى حداد');

    const [audit] = await db()
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'staff.names'), eq(schema.auditLog.entityId, String(actors.writer.id))));
    expect(audit).toMatchObject({
      actorId: actors.admin.id,
      entityType: 'user',
      data: { name: { from: 'Latin writer', to: 'Leila Haddad' }, ar: { from: null, to: 'ليلى حداد' } },
    });
  });

  it('falls back to the default name when a language is emptied, and records nothing when nothing changes', async () => {
    await updateStaffNames(db(), actors.admin, actors.writer.id, names('Leila Haddad', { ar: 'ليلى حداد' }));
    const auditCount = async () =>
      (await db().select().from(schema.auditLog).where(eq(schema.auditLog.action, 'staff.names'))).length;
    const before = await auditCount();
    expect(
      await updateStaffNames(db(), actors.admin, actors.writer.id, names('Leila Haddad', { ar: 'ليلى حداد' })),
    ).toMatchObject({ ok: true, changed: false, invalidate: [] });
    expect(await auditCount()).toBe(before);
    // Spaces only count as empty: back to the default.
    expect(
      await updateStaffNames(db(), actors.admin, actors.writer.id, names('Leila Haddad', { ar: '   ' })),
    ).toMatchObject({ ok: true, changed: true });
    expect(await storedNames(actors.writer.id)).toEqual({});
    expect((await getArticleBySlug(db(), 'ar', 'ميناء'))!.author!.name).toBe('Leila Haddad');
    expect(await auditCount()).toBe(before + 1);
  });

  it('refuses names that are too long, empty defaults and direction overrides, field by field, storing nothing', async () => {
    const result = await updateStaffNames(db(), actors.admin, actors.writer.id, {
      name: '  ',
      names: { en: 'x'.repeat(81), fr: 'Ok', ar: 'ليلى\u202Eحداد' },
    });
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { name: 'required', name_en: 'too-long', name_ar: 'invalid' },
    });
    expect(
      await updateStaffNames(db(), actors.admin, actors.writer.id, names('Leila Haddad', { en: 'y'.repeat(80) })),
    ).toMatchObject({ ok: true });
    expect(await updateStaffNames(db(), actors.admin, actors.writer.id, names('Leila Haddad'))).toMatchObject({
      ok: true,
    });
    expect(await storedNames(actors.writer.id)).toEqual({});
  });

  it('lets an author, a moderator and an editor edit their own names but not anyone else’s', async () => {
    await updateStaffNames(db(), actors.admin, actors.writer.id, names('Leila Haddad'));
    for (const role of ['author', 'moderator', 'editor'] as const) {
      const own = await updateStaffNames(
        db(),
        actors[role],
        actors[role].id,
        names(`Own ${role}`, { ar: `اسم ${role}` }),
      );
      expect(own).toMatchObject({ ok: true, changed: true });
      expect(await getStaffNames(db(), actors[role], actors[role].id)).toEqual({
        name: `Own ${role}`,
        names: { ar: `اسم ${role}` },
      });

      const other = await updateStaffNames(db(), actors[role], actors.writer.id, names('Hijacked', { ar: 'مختطف' }));
      expect(other).toEqual({ ok: false, reason: 'forbidden' });
      expect(await getStaffNames(db(), actors[role], actors.writer.id)).toBeNull();
    }
    const [writer] = await db()
      .select({ name: schema.users.name })
      .from(schema.users)
      .where(eq(schema.users.id, actors.writer.id));
    expect(writer!.name).toBe('Leila Haddad');
    expect(await storedNames(actors.writer.id)).toEqual({});
    // An administrator edits anyone; an unknown id is reported, not created.
    expect(await updateStaffNames(db(), actors.admin, 2_000_000, names('Nobody'))).toEqual({
      ok: false,
      reason: 'not-found',
    });
  });
});
