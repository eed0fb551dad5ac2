import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@/lib/backup/catalog';
import { MAX_SEARCH_PAGES, parseSearchParams, type SearchQuery } from '@/lib/search/params';
import { MATCH_LIMIT, searchArticles } from '@/lib/search/search';
import { createTestDatabase } from '../support/database';
import { addStaff } from '../support/staff';

// The newest matches are read from windows of recent months (lib/search/search.ts): whatever the
// window that answers, the pages must be exactly the newest matches of all time, and the count
// exact up to 500 and "more than 500" beyond. Stories spread over four years, words at
// frequencies that stop in each window, compared with a plain query over every match.

const driver = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const STORIES = 1460;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
  const author = await addStaff(db(), {
    email: 'window@search.test',
    name: 'Window Writer',
    role: 'author',
    password: 'a-long-enough-password',
  });
  // One story a day for four years, in English; one in French every tenth day. Words:
  // everyday (all), evenday (every 2nd: 730), thirdday (every 3rd: 487, fewer than 500, so every
  // window is read), oldword (5 stories 3–4 years old), and a draft and a future story that carry
  // every word but readers may not see.
  await db().execute(sql`
    insert into articles (locale, slug, title, dek, body, status, published_at, first_published_at, author_id)
    select case when i % 10 = 0 then 'fr'::locale else 'en'::locale end, 'day-' || i, 'Day ' || i, '',
      '<p>everyday' || case when i % 2 = 0 then ' evenday' else '' end
        || case when i % 3 = 0 then ' thirdday' else '' end
        || case when i > ${STORIES - 6} then ' oldword' else '' end || '</p>',
      'published', now() - make_interval(days => i, hours => i % 24), now() - make_interval(days => i, hours => i % 24), ${author.id}
    from generate_series(1, ${STORIES}) i`);
  await db().execute(sql`
    insert into articles (locale, slug, title, body, status, published_at, first_published_at, author_id) values
      ('en', 'draft-all', 'Draft', '<p>everyday evenday thirdday oldword</p>', 'draft', null, null, ${author.id}),
      ('en', 'future-all', 'Future', '<p>everyday evenday thirdday oldword</p>', 'scheduled', now() + interval '2 days', null, ${author.id})`);
  await db().execute(sql`analyze articles`);
}, 300_000);
afterAll(async () => {
  await database?.dispose();
});

/** Every visible match, newest first, read without windows. */
async function reference(word: string, locale: 'en' | 'fr' | null, extra = sql`true`): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db(),
    sql`select id from articles
      where ${locale ? sql`locale = ${locale}` : sql`true`}
        and search_vector @@ to_tsquery(maydan_search_config(locale), ${word})
        and status in ('published', 'scheduled') and published_at <= now() and deleted_at is null and ${extra}
      order by coalesce(first_published_at, published_at) desc, id desc`,
  );
  return rows.map((r) => Number(r.id));
}

/** Every page of a search, newest first. */
async function allPages(query: SearchQuery) {
  const ids: number[] = [];
  const first = await searchArticles(db(), query, { timeZone: 'UTC' });
  for (let page = 1; page <= first.pageCount; page++) {
    const result = page === 1 ? first : await searchArticles(db(), { ...query, page }, { timeZone: 'UTC' });
    ids.push(...result.items.map((item) => item.id));
  }
  return { first, ids };
}

describe(`the newest matches, read from recent months first (${driver})`, () => {
  it('gives exactly the newest matches of all time, counted exactly up to 500', async () => {
    for (const word of ['everyday', 'evenday', 'thirdday', 'oldword']) {
      const { query } = parseSearchParams('en', { q: word, sort: 'newest' });
      const expected = await reference(word, 'en');
      const { first, ids } = await allPages(query);
      expect(ids, word).toEqual(expected.slice(0, MATCH_LIMIT));
      expect(first.total, word).toBe(Math.min(expected.length, MATCH_LIMIT));
      expect(first.totalIsLowerBound, word).toBe(expected.length > MATCH_LIMIT);
      expect(first.pageCount, word).toBe(Math.min(MAX_SEARCH_PAGES, Math.ceil(expected.length / 10)));
    }
  });

  it('ranks by relevance among those same newest matches', async () => {
    const { query } = parseSearchParams('en', { q: 'evenday' });
    const expected = new Set((await reference('evenday', 'en')).slice(0, MATCH_LIMIT));
    const { ids } = await allPages(query);
    expect(ids).toHaveLength(MATCH_LIMIT);
    expect(new Set(ids)).toEqual(expected);
  });

  it('merges the languages by date when searching all of them', async () => {
    const { query } = parseSearchParams('en', { q: 'thirdday', sort: 'newest', lang: 'all' });
    const expected = await reference('thirdday', null);
    const { first, ids } = await allPages(query);
    expect(ids).toEqual(expected.slice(0, MATCH_LIMIT));
    expect(first.totalIsLowerBound).toBe(expected.length > MATCH_LIMIT);
  });

  it('keeps a date range exact across month boundaries and windows', async () => {
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const [from, to] = [day(800), day(40)];
    const { query } = parseSearchParams('en', { q: 'thirdday', sort: 'newest', date: 'range', from, to });
    const expected = await reference(
      'thirdday',
      'en',
      sql`coalesce(first_published_at, published_at) >= (${from}::date)::timestamp at time zone 'UTC' and coalesce(first_published_at, published_at) < (${to}::date + 1)::timestamp at time zone 'UTC'`,
    );
    const { first, ids } = await allPages(query);
    expect(expected.length).toBeGreaterThan(100);
    expect(ids).toEqual(expected.slice(0, MATCH_LIMIT));
    expect(first.total).toBe(Math.min(expected.length, MATCH_LIMIT));
  });
});
