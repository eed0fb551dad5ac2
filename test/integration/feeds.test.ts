import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { FEED_LIMIT, listFeedComments, listFeedStories } from '@/lib/feeds/queries';
import { getFeedSettings, readFeedSettings, updateFeedSettings } from '@/lib/settings';
import { seedDemo } from '@/scripts/demo/seed';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let uploads: string;
let authorId = 0;
let adminId = 0;
const db = () => database.db;

/** A story straight into the table: the feed reads what is stored, whatever wrote it. */
async function insertStory(values: Partial<typeof schema.articles.$inferInsert> & { slug: string }) {
  const [row] = await db()
    .insert(schema.articles)
    .values({ locale: 'fr', title: values.slug, authorId, status: 'published', publishedAt: new Date(), ...values })
    .returning({ id: schema.articles.id });
  return row!.id;
}

async function insertComment(
  articleId: number,
  status: 'approved' | 'pending' | 'spam' | 'trash',
  at: Date,
  n: number,
) {
  const [row] = await db()
    .insert(schema.comments)
    .values({
      articleId,
      name: `Reader ${n}`,
      email: `reader-${n}@private.example`,
      body: `Comment ${n}`,
      status,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: schema.comments.id });
  return row!.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-feeds-'));
  await seedDemo(database.db, { uploadsRoot: uploads });
  const [user] = await db()
    .insert(schema.users)
    .values({ email: 'feeds-writer@example.test', name: 'Feeds Writer', slug: 'feeds-writer', role: 'author' })
    .returning({ id: schema.users.id });
  authorId = user!.id;
  const [admin] = await db()
    .insert(schema.users)
    .values({ email: 'feeds-admin@example.test', name: 'Feeds Admin', slug: 'feeds-admin', role: 'admin' })
    .returning({ id: schema.users.id });
  adminId = admin!.id;
});

afterAll(async () => {
  await database?.dispose();
  fs.rmSync(uploads, { recursive: true, force: true });
});

describe(`feed queries (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('lists the latest 30 visible stories of a language, newest first, never drafts, future or trashed ones', async () => {
    const base = Date.parse('2030-01-01T00:00:00Z');
    // Far-future dates would be "scheduled"; these are in the past, a minute apart.
    const now = Date.now();
    for (let i = 0; i < FEED_LIMIT + 5; i += 1)
      await insertStory({ slug: `flux-${i}`, publishedAt: new Date(now - (i + 1) * 60_000) });
    await insertStory({ slug: 'flux-brouillon', status: 'draft', publishedAt: null });
    await insertStory({ slug: 'flux-futur', status: 'scheduled', publishedAt: new Date(base) });
    await insertStory({ slug: 'flux-corbeille', publishedAt: new Date(now - 1000), deletedAt: new Date() });
    // One writer's stories: nothing from the demo content competes with them for the 30 places.
    const stories = await listFeedStories(db(), 'fr', { authorId });
    expect(stories).toHaveLength(FEED_LIMIT);
    expect(stories.map((s) => s.path)).toEqual(Array.from({ length: FEED_LIMIT }, (_, i) => `/fr/article/flux-${i}`));
    // The whole language: the same rule, newest first, 30 at most.
    const all = await listFeedStories(db(), 'fr', {});
    expect(all).toHaveLength(FEED_LIMIT);
    expect(all.some((s) => /brouillon|futur|corbeille/.test(s.path))).toBe(false);
  });

  it('filters by section, tag and author, with the categories, byline and image a feed shows', async () => {
    const [tagged] = await db()
      .select({ tagId: schema.articleTags.tagId, locale: schema.tags.locale })
      .from(schema.articleTags)
      .innerJoin(schema.tags, eq(schema.tags.id, schema.articleTags.tagId))
      .where(eq(schema.tags.locale, 'ar'))
      .limit(1);
    const byTag = await listFeedStories(db(), 'ar', { tagId: tagged!.tagId });
    expect(byTag.length).toBeGreaterThan(0);
    const [tag] = await db().select().from(schema.tags).where(eq(schema.tags.id, tagged!.tagId));
    for (const story of byTag) expect(story.tags.map((t) => t.name)).toContain(tag!.name);

    const arStories = await listFeedStories(db(), 'ar', {});
    const withSection = arStories.find((s) => s.section)!;
    const [section] = await db()
      .select({ id: schema.sectionTranslations.sectionId })
      .from(schema.sectionTranslations)
      .where(eq(schema.sectionTranslations.name, withSection.section!.name));
    const bySection = await listFeedStories(db(), 'ar', { sectionId: section!.id });
    expect(bySection.every((s) => s.section?.name === withSection.section!.name)).toBe(true);
    expect(bySection.map((s) => s.path)).toContain(withSection.path);

    const byAuthor = await listFeedStories(db(), 'fr', { authorId });
    expect(byAuthor).toHaveLength(FEED_LIMIT);
    expect(
      byAuthor.every(
        (s) =>
          s.byline.length === 1 &&
          s.byline[0]!.name === 'Feeds Writer' &&
          s.byline[0]!.path === '/fr/author/feeds-writer',
      ),
    ).toBe(true);

    const illustrated = arStories.find((s) => s.image);
    expect(illustrated?.image).toMatchObject({
      type: expect.stringMatching(/^image\//),
      path: expect.stringMatching(/^\/media\//),
    });
    expect(illustrated!.image!.size).toBeGreaterThan(0);
    // Dates are what the story page shows: in the past, newest first.
    const dates = arStories.map((s) => s.publishedAt.getTime());
    expect(dates.every((d) => d <= Date.now())).toBe(true);
  });

  it('lists approved comments only, newest first, of one story or of visible stories in a language, without emails', async () => {
    const story = await insertStory({ slug: 'flux-commente', publishedAt: new Date(Date.now() - 3_600_000) });
    const draft = await insertStory({ slug: 'flux-commente-brouillon', status: 'draft', publishedAt: null });
    const t = Date.now() - 600_000;
    const approvedOld = await insertComment(story, 'approved', new Date(t), 1);
    const approvedNew = await insertComment(story, 'approved', new Date(t + 60_000), 2);
    await insertComment(story, 'pending', new Date(t + 120_000), 3);
    await insertComment(story, 'spam', new Date(t + 180_000), 4);
    await insertComment(story, 'trash', new Date(t + 190_000), 5);
    await insertComment(draft, 'approved', new Date(t + 200_000), 6);

    const ofStory = await listFeedComments(db(), { articleId: story });
    expect(ofStory.map((c) => c.id)).toEqual([approvedNew, approvedOld]);
    expect(ofStory[0]).toMatchObject({
      name: 'Reader 2',
      body: 'Comment 2',
      article: { path: '/fr/article/flux-commente' },
    });
    expect(JSON.stringify(ofStory)).not.toContain('@private.example');
    expect(Object.keys(ofStory[0]!).sort()).toEqual(['article', 'body', 'createdAt', 'id', 'name', 'updatedAt']);

    const ofLanguage = await listFeedComments(db(), { locale: 'fr' });
    expect(ofLanguage.slice(0, 2).map((c) => c.id)).toEqual([approvedNew, approvedOld]);
    expect(ofLanguage.some((c) => c.name === 'Reader 6')).toBe(false);
    expect(JSON.stringify(ofLanguage)).not.toContain('@private.example');
    const created = ofLanguage.map((c) => c.createdAt.getTime());
    expect([...created].sort((a, b) => b - a)).toEqual(created);
    expect(await listFeedComments(db(), { articleId: draft })).toEqual([]);

    const arabic = await listFeedComments(db(), { locale: 'ar' });
    expect(arabic.length).toBeGreaterThan(0);
    expect(arabic.every((c) => c.article.path.startsWith('/ar/article/'))).toBe(true);

    // The latest 30, however many there are.
    const more = [];
    for (let i = 0; i < FEED_LIMIT; i += 1)
      more.push(await insertComment(story, 'approved', new Date(t + 300_000 + i * 1000), 10 + i));
    const latest = await listFeedComments(db(), { articleId: story });
    expect(latest.map((c) => c.id)).toEqual(more.reverse());
    expect(await listFeedComments(db(), { locale: 'fr' })).toHaveLength(FEED_LIMIT);
  });

  it('full content by default; only admins change it, validated and audited', async () => {
    expect(await readFeedSettings(db())).toEqual({ content: 'full' });
    const editor = { id: authorId, role: 'editor' as const };
    expect(await getFeedSettings(db(), editor)).toBeNull();
    expect(await updateFeedSettings(db(), editor, { content: 'excerpt' })).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
    const admin = { id: adminId, role: 'admin' as const };
    expect(await updateFeedSettings(db(), admin, { content: 'everything' })).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect(await updateFeedSettings(db(), admin, { content: 'excerpt' })).toEqual({
      ok: true,
      settings: { content: 'excerpt' },
      invalidate: ['settings'],
    });
    expect(await readFeedSettings(db())).toEqual({ content: 'excerpt' });
    const audits = await db()
      .select({ actorId: schema.auditLog.actorId, data: schema.auditLog.data })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'setting.update'), eq(schema.auditLog.entityId, 'feeds')));
    expect(audits).toEqual([
      { actorId: adminId, data: { before: { content: 'full' }, after: { content: 'excerpt' } } },
    ]);
  });
});
