import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { createArticle } from '@/lib/articles/save';
import { transitionArticle } from '@/lib/articles/workflow';
import type { Actor } from '@/lib/auth/actor';
import { absoluteUrl } from '@/lib/routes';
import { addBreaking, currentBreaking, endBreaking, listBreakingForAdmin } from '@/lib/breaking';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const people = {} as Record<'editor' | 'author', Actor>;
const db = () => database.db;
const HOUR = 3600_000;

beforeAll(async () => {
  database = await createTestDatabase();
  const rows = await db()
    .insert(schema.users)
    .values([
      { email: 'editor@breaking.example', name: 'Breaking Editor', slug: 'breaking-editor', role: 'editor' as const },
      { email: 'author@breaking.example', name: 'Breaking Author', slug: 'breaking-author', role: 'author' as const },
    ])
    .returning({ id: schema.users.id, role: schema.users.role });
  people.editor = { id: rows[0]!.id, role: rows[0]!.role };
  people.author = { id: rows[1]!.id, role: rows[1]!.role };
});

afterAll(async () => {
  await database?.dispose();
});

async function story(title: string, locale: 'en' | 'fr' | 'ar', publish = true) {
  const created = await createArticle(db(), people.editor, { locale, title, body: '<p>x</p>' });
  if (!created.ok) throw new Error(JSON.stringify(created));
  if (!publish) return created.article;
  const live = await transitionArticle(db(), people.editor, created.article.id, 'publish');
  if (!live.ok) throw new Error(JSON.stringify(live));
  return live.article;
}

describe(`breaking news (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('a banner on one of our stories takes its language and headline, shows until its end, then goes by itself', async () => {
    const quake = await story('Earthquake felt across the north', 'fr');
    const now = new Date();
    const result = await addBreaking(db(), people.editor, {
      link: `/fr/article/${encodeURIComponent(quake.slug)}`,
      text: '',
      locale: '',
      expiresAt: new Date(now.getTime() + HOUR),
    });
    expect(result).toMatchObject({ ok: true, invalidate: ['breaking:fr'] });
    const shown = await currentBreaking(db(), 'fr');
    expect(shown.banner).toMatchObject({ text: 'Earthquake felt across the north', href: `/fr/article/${quake.slug}` });
    expect(shown.nextChange!.getTime()).toBeCloseTo(now.getTime() + HOUR, -4);
    // Only its language; and nothing once its time has passed, without any write.
    expect((await currentBreaking(db(), 'en')).banner).toBeNull();
    expect((await currentBreaking(db(), 'fr', new Date(now.getTime() + HOUR + 1000))).banner).toBeNull();
  });

  it('a short line with an https link needs words and a language; the newest banner shows, an ended one makes way', async () => {
    const now = new Date();
    const first = await addBreaking(db(), people.editor, {
      link: 'https://example.org/live',
      text: 'Polls close in the capital',
      locale: 'en',
      expiresAt: new Date(now.getTime() + 2 * HOUR),
    });
    const second = await addBreaking(db(), people.editor, {
      link: 'https://example.org/results',
      text: 'First results announced',
      locale: 'en',
      expiresAt: new Date(now.getTime() + HOUR),
    });
    expect(first.ok && second.ok).toBe(true);
    let shown = await currentBreaking(db(), 'en');
    expect(shown.banner).toMatchObject({ text: 'First results announced', href: 'https://example.org/results' });
    // The set shown changes when the second ends: the first shows again.
    expect(shown.nextChange!.getTime()).toBeCloseTo(now.getTime() + HOUR, -4);
    expect(await endBreaking(db(), people.editor, second.ok ? second.id : 0)).toMatchObject({ ok: true });
    shown = await currentBreaking(db(), 'en');
    expect(shown.banner).toMatchObject({ text: 'Polls close in the capital' });
    expect(await endBreaking(db(), people.editor, second.ok ? second.id : 0)).toEqual({
      ok: false,
      reason: 'not-found',
    });
    const list = (await listBreakingForAdmin(db(), people.editor))!;
    expect(list.find((b) => b.text === 'First results announced')).toMatchObject({ current: false });
    expect(list[0]!.current).toBe(true);
  });

  it('refuses what readers could not follow or would never see, each next to its field', async () => {
    const soon = new Date(Date.now() + HOUR);
    const draft = await story('Unpublished draft', 'en', false);
    const refused = async (input: Record<string, unknown>) => {
      const result = await addBreaking(db(), people.editor, { text: '', locale: '', expiresAt: soon, ...input });
      return result.ok ? null : result.reason === 'invalid' ? result.fieldErrors : result.reason;
    };
    expect(await refused({ link: '' })).toEqual({ link: 'required' });
    expect(await refused({ link: `/en/article/${draft.slug}` })).toEqual({ link: 'not-live' });
    expect(await refused({ link: 'http://example.org/x', text: 'Plain http', locale: 'en' })).toEqual({
      link: 'invalid',
    });
    expect(await refused({ link: 'javascript:alert(1)', text: 'x', locale: 'en' })).toEqual({ link: 'invalid' });
    expect(await refused({ link: 'https://example.org/x' })).toEqual({ text: 'required', locale: 'required' });
    expect(await refused({ link: 'https://example.org/x', text: 'x'.repeat(161), locale: 'en' })).toEqual({
      text: 'too-long',
    });
    expect(
      await refused({
        link: 'https://example.org/x',
        text: 'Old',
        locale: 'en',
        expiresAt: new Date(Date.now() - 1000),
      }),
    ).toEqual({
      expiresAt: 'past',
    });
    expect(
      await refused({
        link: 'https://example.org/x',
        text: 'Long',
        locale: 'en',
        expiresAt: new Date(Date.now() + 8 * 24 * HOUR),
      }),
    ).toEqual({ expiresAt: 'too-far' });
    expect(
      await refused({ link: 'https://example.org/x', text: 'No time', locale: 'en', expiresAt: 'invalid' }),
    ).toEqual({
      expiresAt: 'invalid',
    });
    // Authors may not put one up or end one.
    expect(
      await addBreaking(db(), people.author, { link: 'https://example.org', text: 'x', locale: 'en', expiresAt: soon }),
    ).toEqual({ ok: false, reason: 'forbidden' });
    expect(await endBreaking(db(), people.author, 1)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await listBreakingForAdmin(db(), people.author)).toBeNull();
  });

  it('a banner on a story that goes offline disappears with it', async () => {
    const flood = await story('فيضانات في الجنوب', 'ar');
    const added = await addBreaking(db(), people.editor, {
      link: absoluteUrl(`/ar/article/${encodeURIComponent(flood.slug)}`),
      text: 'عاجل: فيضانات في الجنوب',
      locale: 'fr',
      expiresAt: new Date(Date.now() + HOUR),
    });
    expect(added).toMatchObject({ ok: true, invalidate: ['breaking:ar'] });
    expect((await currentBreaking(db(), 'ar')).banner).toMatchObject({ text: 'عاجل: فيضانات في الجنوب' });
    const offline = await transitionArticle(db(), people.editor, flood.id, 'unpublish', { confirmLive: true });
    expect(offline.ok).toBe(true);
    expect((await currentBreaking(db(), 'ar')).banner).toBeNull();
  });
});
