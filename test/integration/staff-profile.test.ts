import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { loadArticlePage } from '@/lib/articles/article-page';
import { getAuthorBySlug } from '@/lib/articles/queries';
import { createArticle } from '@/lib/articles/save';
import { transitionArticle } from '@/lib/articles/workflow';
import type { Actor } from '@/lib/auth/actor';
import { resolveImageChoice } from '@/lib/media/ref';
import { getStaffProfile, profileLimits, staffPhotoAlt, updateStaffProfile } from '@/lib/staff-profile';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const people = {} as Record<'admin' | 'writer' | 'other', Actor>;
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
  const rows = await db()
    .insert(schema.users)
    .values([
      { email: 'admin@profile.example', name: 'Profile Admin', slug: 'profile-admin', role: 'admin' as const },
      { email: 'writer@profile.example', name: 'Nadia Writer', slug: 'nadia-writer', role: 'author' as const },
      { email: 'other@profile.example', name: 'Other Writer', slug: 'other-profile', role: 'author' as const },
    ])
    .returning({ id: schema.users.id, role: schema.users.role });
  people.admin = { id: rows[0]!.id, role: rows[0]!.role };
  people.writer = { id: rows[1]!.id, role: rows[1]!.role };
  people.other = { id: rows[2]!.id, role: rows[2]!.role };
});

afterAll(async () => {
  await database?.dispose();
});

const profile = {
  bio: { en: 'Nadia covers water and climate.', fr: '', ar: '  نادية تكتب عن الماء والمناخ.\r\nمنذ 2019.  ' },
  social: ['https://x.com/nadia_example', 'https://bsky.app/profile/nadia.example.org'],
};

describe(`public staff profiles (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('a staff member saves their biography per language and profile links; the author page and their stories show them', async () => {
    const saved = await updateStaffProfile(db(), people.writer, people.writer.id, profile);
    expect(saved).toMatchObject({ ok: true, invalidate: [`author:${people.writer.id}`, 'authors'] });
    expect(await getStaffProfile(db(), people.writer, people.writer.id)).toEqual({
      // An empty language is no biography there; text is trimmed, line breaks kept.
      bio: { en: 'Nadia covers water and climate.', ar: 'نادية تكتب عن الماء والمناخ.\nمنذ 2019.' },
      social: profile.social,
      photo: null,
    });
    expect(await getAuthorBySlug(db(), 'ar', 'nadia-writer')).toMatchObject({
      bio: { ar: 'نادية تكتب عن الماء والمناخ.\nمنذ 2019.' },
      social: profile.social,
    });

    const created = await createArticle(db(), people.writer, {
      locale: 'ar',
      title: 'مياه الجنوب',
      body: '<p>نص.</p>',
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect((await transitionArticle(db(), people.admin, created.article.id, 'publish')).ok).toBe(true);
    const page = (await loadArticlePage(db(), { readers: false, actor: people.admin, id: created.article.id }))!;
    expect(page.article.authorProfile).toEqual({
      bio: 'نادية تكتب عن الماء والمناخ.\nمنذ 2019.',
      social: profile.social,
      photo: null,
    });

    // In a language without a biography, only the links; a credit-only story has no author box.
    const french = await createArticle(db(), people.writer, {
      locale: 'fr',
      title: 'Dépêche',
      body: '<p>x</p>',
      bylineCredit: 'AFP',
      creditOnly: true,
    });
    if (!french.ok) throw new Error(JSON.stringify(french));
    const wire = (await loadArticlePage(db(), { readers: false, actor: people.admin, id: french.article.id }))!;
    expect(wire.article.authorProfile).toBeNull();
  });

  it('only the person or an admin edits a profile', async () => {
    expect(await updateStaffProfile(db(), people.other, people.writer.id, profile)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await getStaffProfile(db(), people.other, people.writer.id)).toBeNull();
    const byAdmin = await updateStaffProfile(db(), people.admin, people.other.id, {
      bio: { en: 'Set by an admin.' },
      social: [],
    });
    expect(byAdmin.ok).toBe(true);
    expect(await getStaffProfile(db(), people.other, people.other.id)).toEqual({
      bio: { en: 'Set by an admin.' },
      social: [],
      photo: null,
    });
  });

  it('refuses a biography too long, an address that is not https and too many links, changing nothing', async () => {
    const result = await updateStaffProfile(db(), people.writer, people.writer.id, {
      bio: { en: 'x'.repeat(profileLimits.bio + 1) },
      social: ['https://x.com/ok', 'http://insecure.example', 'javascript:alert(1)'],
    });
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { 'bio.en': 'too-long', 'social.1': 'invalid', 'social.2': 'invalid' },
    });
    const many = await updateStaffProfile(db(), people.writer, people.writer.id, {
      bio: {},
      social: Array.from({ length: 7 }, (_, i) => `https://example.org/${i}`),
    });
    expect(many).toMatchObject({ ok: false, reason: 'invalid', fieldErrors: { social: 'too-long' } });
    expect((await getStaffProfile(db(), people.writer, people.writer.id))!.social).toEqual(profile.social);
  });

  it('a photo goes through the image pipeline, described by the name readers see, and shows on the author page and stories', async () => {
    const previous = process.env.UPLOADS_DIR;
    process.env.UPLOADS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-photo-'));
    try {
      await db().insert(schema.staffDisplayNames).values({ userId: people.writer.id, locale: 'ar', name: 'نادية' });
      const png = await sharp({ create: { width: 300, height: 400, channels: 3, background: '#345' } })
        .png()
        .toBuffer();
      const { image, error } = await resolveImageChoice(
        db(),
        people.writer,
        { file: new File([new Uint8Array(png)], 'nadia.png', { type: 'image/png' }) },
        await staffPhotoAlt(db(), people.writer.id),
        'en',
      );
      expect(error).toBeUndefined();
      expect(image).toMatchObject({ width: 300, height: 400, src: expect.stringMatching(/^\/media\/.+-nadia\.png$/) });
      const [row] = await db().select().from(schema.media).where(eq(schema.media.id, image!.id));
      expect(row!.alt).toEqual({ en: 'Nadia Writer', fr: 'Nadia Writer', ar: 'نادية' });

      const saved = await updateStaffProfile(db(), people.writer, people.writer.id, { ...profile, photo: image });
      expect(saved.ok).toBe(true);
      expect((await getAuthorBySlug(db(), 'en', 'nadia-writer'))!.photo).toEqual(image);
      const [story] = await db()
        .select({ id: schema.articles.id })
        .from(schema.articles)
        .where(eq(schema.articles.authorId, people.writer.id));
      const page = (await loadArticlePage(db(), { readers: false, actor: people.admin, id: story!.id }))!;
      expect(page.article.authorProfile?.photo).toEqual(image);

      // A photo that is not an image is refused; the one in use stays until removed.
      const bad = await resolveImageChoice(
        db(),
        people.writer,
        { file: new File([new TextEncoder().encode('GIF89a<script>')], 'x.png'), keep: String(image!.id) },
        { en: 'x' },
        'en',
      );
      expect(bad).toEqual({ image, error: 'not-an-image' });
      expect(
        await resolveImageChoice(db(), people.writer, { keep: String(image!.id), remove: true }, {}, 'en'),
      ).toEqual({
        image: null,
      });
      // Someone else's profile stays theirs: the photo is refused with the rest.
      expect(await updateStaffProfile(db(), people.other, people.writer.id, { ...profile, photo: null })).toEqual({
        ok: false,
        reason: 'forbidden',
      });
    } finally {
      fs.rmSync(process.env.UPLOADS_DIR!, { recursive: true, force: true });
      process.env.UPLOADS_DIR = previous;
    }
  });
});
