import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { demoStories, seedDemo } from '@/scripts/demo/seed';
import { getArticleBySlug } from '@/lib/articles/article-page';
import {
  getAuthorBySlug,
  getHome,
  getSectionBySlug,
  getTagBySlug,
  listApprovedComments,
  listStories,
} from '@/lib/articles/queries';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let uploads: string;

beforeAll(async () => {
  database = await createTestDatabase();
  uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-uploads-'));
  const result = await seedDemo(database.db, { uploadsRoot: uploads });
  expect(result.skipped).toBe(false);
});

afterAll(async () => {
  await database?.dispose();
  fs.rmSync(uploads, { recursive: true, force: true });
});

describe(`reader queries (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('seeds a realistic publication and refuses to seed twice', async () => {
    const counts = await database.db
      .select({ locale: schema.articles.locale, status: schema.articles.status, n: sql<number>`count(*)::int` })
      .from(schema.articles)
      .groupBy(schema.articles.locale, schema.articles.status);
    const published = counts.filter((c) => c.status === 'published').reduce((a, c) => a + c.n, 0);
    expect(published).toBeGreaterThanOrEqual(40);
    for (const locale of ['en', 'fr', 'ar'] as const) {
      expect(counts.find((c) => c.locale === locale && c.status === 'published')?.n ?? 0).toBeGreaterThan(5);
    }
    expect(counts.some((c) => c.status === 'draft')).toBe(true);
    expect(counts.some((c) => c.status === 'scheduled')).toBe(true);
    const multi = demoStories.filter((s) => Object.keys(s.translations).length >= 2);
    expect(multi.length).toBeGreaterThanOrEqual(10);
    expect((await seedDemo(database.db, { uploadsRoot: uploads })).skipped).toBe(true);
    // Images were really made: originals and WebP variants on disk.
    const [image] = await database.db.select().from(schema.media).limit(1);
    expect(fs.statSync(path.join(uploads, image!.path)).size).toBeGreaterThan(1000);
    expect(image!.variants.length).toBeGreaterThan(3);
    expect(fs.existsSync(path.join(uploads, image!.variants[0]!.path))).toBe(true);
  });

  it('lists only published stories, newest first, with counts and pagination', async () => {
    const page1 = await listStories(database.db, 'en', {}, 1, 5);
    expect(page1.items).toHaveLength(5);
    expect(page1.total).toBeGreaterThan(5);
    expect(page1.pageCount).toBe(Math.ceil(page1.total / 5));
    const dates = page1.items.map((i) => Date.parse(i.publishedAt));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const all = await listStories(database.db, 'en', {}, 1, 1000);
    expect(all.items.map((i) => i.slug)).not.toContain('draft-new-water-tariffs');
    expect(all.items.map((i) => i.slug)).not.toContain('scheduled-budget-hearing-live');
    expect(all.items.every((i) => i.locale === 'en')).toBe(true);
    const page2 = await listStories(database.db, 'en', {}, 2, 5);
    expect(page2.items.map((i) => i.id)).not.toContain(page1.items[0]!.id);
  });

  it('builds the home page from the lead, the latest and one block per section', async () => {
    const home = await getHome(database.db, 'ar');
    expect(home.lead).not.toBeNull();
    expect(home.latest.length).toBeGreaterThan(3);
    expect(home.sections.length).toBeGreaterThanOrEqual(4);
    for (const block of home.sections) {
      expect(block.stories.every((s) => s.section?.id === block.id)).toBe(true);
    }
  });

  it('finds articles by Arabic slug with translations, tags, related stories and no hidden data', async () => {
    const story = demoStories.find((s) => s.translations.ar && s.translations.en && s.translations.fr)!;
    const article = await getArticleBySlug(database.db, 'ar', story.translations.ar!.slug.normalize('NFC'));
    expect(article).not.toBeNull();
    expect(article!.title).toBe(story.translations.ar!.title);
    expect(article!.translations.map((t) => t.locale).sort()).toEqual(['en', 'fr']);
    expect(article!.tags.length).toBeGreaterThan(0);
    expect(article!.image?.alt).toBe(story.translations.ar!.imageAlt);
    expect(JSON.stringify(article)).not.toMatch(/password|@example\.com|@maydan\.example/);
    expect(article!.related.length).toBeGreaterThan(0);
    expect(article!.related.map((r) => r.id)).not.toContain(article!.id);
    expect(article!.related.every((r) => r.locale === 'ar')).toBe(true);
  });

  it('shows editor picks first in "Check also"', async () => {
    const story = demoStories.find(
      (s) =>
        s.related?.length && s.translations.en && demoStories.find((o) => o.key === s.related![0])?.translations.en,
    );
    if (!story) throw new Error('demo content needs an English story with an English pick');
    const pick = demoStories.find((o) => o.key === story.related![0])!;
    const article = await getArticleBySlug(database.db, 'en', story.translations.en!.slug);
    expect(article!.related[0]!.slug).toBe(pick.translations.en!.slug);
  });

  it('never shows drafts, scheduled or trashed stories, and shows a scheduled one once its time has come', async () => {
    expect(await getArticleBySlug(database.db, 'en', 'draft-new-water-tariffs')).toBeNull();
    expect(await getArticleBySlug(database.db, 'en', 'scheduled-budget-hearing-live')).toBeNull();
    const [scheduled] = await database.db
      .select({ id: schema.articles.id })
      .from(schema.articles)
      .where(eq(schema.articles.slug, 'scheduled-budget-hearing-live'));
    await database.db
      .update(schema.articles)
      .set({ publishedAt: new Date(Date.now() - 1000) })
      .where(eq(schema.articles.id, scheduled!.id));
    expect(await getArticleBySlug(database.db, 'en', 'scheduled-budget-hearing-live')).not.toBeNull();
    await database.db
      .update(schema.articles)
      .set({ deletedAt: new Date() })
      .where(eq(schema.articles.id, scheduled!.id));
    expect(await getArticleBySlug(database.db, 'en', 'scheduled-budget-hearing-live')).toBeNull();
    // Related boxes never point at an unpublished story.
    const drafts = await database.db
      .select({ id: schema.articles.id })
      .from(schema.articles)
      .where(eq(schema.articles.status, 'draft'));
    const home = await getHome(database.db, 'en');
    for (const card of [home.lead!, ...home.latest]) {
      const article = await getArticleBySlug(database.db, 'en', card.slug);
      expect(article!.related.map((r) => r.id)).not.toContain(drafts[0]!.id);
    }
  });

  it('serves approved comments only, threaded by parent, without emails', async () => {
    const rows = await database.db
      .select({ articleId: schema.comments.articleId, n: sql<number>`count(*)::int` })
      .from(schema.comments)
      .where(and(eq(schema.comments.status, 'approved'), sql`${schema.comments.parentId} is not null`))
      .groupBy(schema.comments.articleId);
    expect(rows.length).toBeGreaterThan(0);
    const comments = await listApprovedComments(database.db, rows[0]!.articleId);
    expect(comments.some((c) => c.parentId !== null)).toBe(true);
    expect(comments.every((c) => !('email' in c))).toBe(true);
    const pending = await database.db
      .select({ id: schema.comments.id, articleId: schema.comments.articleId })
      .from(schema.comments)
      .where(eq(schema.comments.status, 'pending'));
    expect(pending.length).toBeGreaterThan(0);
    const visible = await listApprovedComments(database.db, pending[0]!.articleId);
    expect(visible.map((c) => c.id)).not.toContain(pending[0]!.id);
  });

  it('resolves sections, tags and authors by slug per locale', async () => {
    const section = await getSectionBySlug(database.db, 'fr', 'economie');
    expect(section?.name).toBe('Économie');
    expect(section?.translations.map((t) => t.locale).sort()).toEqual(['ar', 'en']);
    expect(await getSectionBySlug(database.db, 'en', 'economie')).toBeNull();
    const bySection = await listStories(database.db, 'fr', { sectionId: section!.id }, 1);
    expect(bySection.items.every((i) => i.section?.slug === 'economie')).toBe(true);
    const article = (await listStories(database.db, 'en', {}, 1, 1)).items[0]!;
    const full = await getArticleBySlug(database.db, 'en', article.slug);
    const tag = await getTagBySlug(database.db, 'en', full!.tags[0]!.slug);
    const byTag = await listStories(database.db, 'en', { tagId: tag!.id }, 1);
    expect(byTag.items.map((i) => i.id)).toContain(article.id);
    const author = await getAuthorBySlug(database.db, 'en', article.author!.slug);
    expect(author?.name).toBe(article.author!.name);
    expect(Object.keys(author!)).not.toContain('email');
    const byAuthor = await listStories(database.db, 'en', { authorId: author!.id }, 1);
    expect(byAuthor.items.every((i) => i.author?.id === author!.id)).toBe(true);
  });

  it('names the demo authors in Arabic script on Arabic pages and by their default name elsewhere', async () => {
    const ar = await listStories(database.db, 'ar', {}, 1, 50);
    expect(ar.items.length).toBeGreaterThan(0);
    // Every staff byline in Arabic script; the demo's desk story is signed by its (Arabic) credit alone.
    for (const story of ar.items) expect(story.author?.name ?? story.credit).toMatch(/^[\u0600-\u06FF +]+$/);
    expect(ar.items.filter((s) => s.author === null).map((s) => s.credit)).toEqual(['ميدان + وكالات']);
    const leila = await getAuthorBySlug(database.db, 'ar', 'leila-haddad');
    expect(leila?.name).toBe('ليلى حداد');
    expect((await getAuthorBySlug(database.db, 'en', 'leila-haddad'))?.name).toBe('Leila Haddad');
    expect((await getAuthorBySlug(database.db, 'fr', 'leila-haddad'))?.name).toBe('Leila Haddad');
  });
});
