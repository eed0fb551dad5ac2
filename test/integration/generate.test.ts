import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { isVisible } from '@/lib/articles/visibility';
import { sanitizeArticleHtml } from '@/lib/sanitize';
import { plainSearch } from '@/lib/search/params';
import { searchArticles } from '@/lib/search/search';
import { generateArticles, type GenerateResult } from '../../scripts/generate/articles';
import { createTestDatabase } from '../support/database';

type Database = Awaited<ReturnType<typeof createTestDatabase>>;

const now = new Date('2026-11-30T12:00:00Z');
let first: Database;
let second: Database;
let result: GenerateResult;

/** What a generated story is, without the ids the database gave it. */
const snapshot = (db: Database['db']) =>
  db
    .select({
      slug: schema.articles.slug,
      locale: schema.articles.locale,
      title: schema.articles.title,
      dek: schema.articles.dek,
      body: schema.articles.body,
      status: schema.articles.status,
      publishedAt: schema.articles.publishedAt,
      deletedAt: schema.articles.deletedAt,
      tags: sql<string>`(select string_agg(t.slug, ',' order by t.slug) from article_tags at join tags t on t.id = at.tag_id where at.article_id = ${schema.articles.id})`,
    })
    .from(schema.articles)
    .orderBy(asc(schema.articles.slug));

beforeAll(async () => {
  first = await createTestDatabase();
  second = await createTestDatabase();
  result = await generateArticles(first.db, { articles: 300, seed: 42, now, batch: 64 });
});
afterAll(async () => {
  await first?.dispose();
  await second?.dispose();
});

describe(`db:generate (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('writes the asked number of visible stories, about a third per language, and a few hidden ones', async () => {
    expect(result.visible).toBe(300);
    const rows = await first.db
      .select({ locale: schema.articles.locale, count: sql<number>`count(*)::int` })
      .from(schema.articles)
      .where(isVisible(now))
      .groupBy(schema.articles.locale);
    const byLocale = Object.fromEntries(rows.map((r) => [r.locale, r.count]));
    expect(byLocale.ar! + byLocale.fr! + byLocale.en!).toBe(300);
    for (const locale of ['ar', 'fr', 'en']) expect(byLocale[locale]).toBeGreaterThan(70);

    const [all] = await first.db.select({ count: sql<number>`count(*)::int` }).from(schema.articles);
    expect(all!.count).toBe(result.written);
    expect(result.written - result.visible).toBeGreaterThanOrEqual(8);
    const [hidden] = await first.db
      .select({
        drafts: sql<number>`count(*) filter (where status in ('draft', 'pending'))::int`,
        ahead: sql<number>`count(*) filter (where status = 'scheduled' and published_at > ${now.toISOString()}::timestamptz)::int`,
        trashed: sql<number>`count(*) filter (where deleted_at is not null)::int`,
      })
      .from(schema.articles);
    expect(hidden!.drafts + hidden!.ahead + hidden!.trashed).toBeGreaterThan(0);
  });

  it('gives every story sections, tags, a writer, dates over years, and HTML the sanitizer keeps as is', async () => {
    const rows = await first.db
      .select({
        body: schema.articles.body,
        sectionId: schema.articles.sectionId,
        publishedAt: schema.articles.publishedAt,
        tags: sql<number>`(select count(*) from article_tags where article_id = ${schema.articles.id})::int`,
      })
      .from(schema.articles)
      .where(isVisible(now));
    for (const row of rows) {
      expect(row.sectionId).not.toBeNull();
      expect(row.tags).toBeGreaterThanOrEqual(1);
      expect(row.body.match(/<(p|blockquote)>/g)?.length ?? 0).toBeGreaterThanOrEqual(4);
      expect(sanitizeArticleHtml(row.body)).toBe(row.body);
    }
    const years = new Set(rows.map((r) => r.publishedAt!.getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(4);
  });

  it('leaves every story searchable: a document for each, and a headline finds its story', async () => {
    const [missing] = await first.db
      .select({ count: sql<number>`count(*)::int` })
      .from(schema.articles)
      .where(sql`${schema.articles.searchVector} is null`);
    expect(missing!.count).toBe(0);
    for (const locale of ['ar', 'fr', 'en'] as const) {
      const [story] = await first.db
        .select({ id: schema.articles.id, title: schema.articles.title })
        .from(schema.articles)
        .where(and(isVisible(), eq(schema.articles.locale, locale), isNotNull(schema.articles.firstPublishedAt)))
        .orderBy(asc(schema.articles.id))
        .limit(1);
      const found = await searchArticles(first.db, plainSearch(locale, `"${story!.title.replace(/["“”«»]/g, ' ')}"`), {
        timeZone: 'UTC',
      });
      expect(found.items.map((i) => i.id)).toContain(story!.id);
    }
  });

  it('writes the same stories for the same seed, and others for another seed', async () => {
    const again = await generateArticles(second.db, { articles: 300, seed: 42, now, batch: 500 });
    expect(again.written).toBe(result.written);
    expect(await snapshot(second.db)).toEqual(await snapshot(first.db));
    const other = await createTestDatabase();
    try {
      await generateArticles(other.db, { articles: 30, seed: 43, now });
      const titles = new Set((await snapshot(first.db)).map((r) => r.title));
      const otherTitles = (await snapshot(other.db)).map((r) => r.title);
      expect(otherTitles.filter((t) => titles.has(t)).length).toBeLessThan(otherTitles.length / 2);
    } finally {
      await other.dispose();
    }
  });
});
