import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@/lib/backup/catalog';
import { MAX_SEARCH_PAGES, parseSearchParams } from '@/lib/search/params';
import { MATCH_LIMIT, explainSearch, searchArticles } from '@/lib/search/search';
import { createTestDatabase } from '../support/database';
import { addStaff } from '../support/staff';

// The plan of a real search over a few thousand stories, with statistics the planner gathered
// itself (ANALYZE) and the search's own settings (bitmap scans only, lib/search/search.ts): the
// GIN index articles_search answers the words, the language and the month window together.

const driver = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const STORIES = 4500;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const db = () => database.db;

/** Invented words from syllables: 1,000 of them, so that each is rare and the text varied. */
const syllables = ['ka', 'lo', 'mi', 'ser', 'tan', 'vu', 'ro', 'de', 'pla', 'nis'];

beforeAll(async () => {
  database = await createTestDatabase();
  const author = await addStaff(db(), {
    email: 'bulk@search.test',
    name: 'Bulk Writer',
    role: 'author',
    password: 'a-long-enough-password',
  });
  // One statement, as a bulk import would: the trigger builds every search document.
  await db().execute(sql`
    insert into articles (locale, slug, title, dek, body, status, published_at, first_published_at, author_id)
    select (array['en','fr','ar']::locale[])[1 + i % 3], 'generated-' || i,
      initcap(w[1 + (i * 7) % 1000]) || ' ' || w[1 + (i * 13) % 1000] || ' ' || w[1 + (i * 17) % 1000],
      w[1 + (i * 19) % 1000] || ' ' || w[1 + (i * 23) % 1000],
      '<p>' || (select string_agg(w[1 + (i * 31 + k * 37) % 1000], ' ') from generate_series(1, 60) k)
        || case when i % 3 = 0 then ' gazette' else '' end || '</p>',
      'published', now() - make_interval(hours => i), now() - make_interval(hours => i), ${author.id}
    from generate_series(1, ${STORIES}) i,
      (select array_agg(a.s || b.s || c.s order by a.n, b.n, c.n) as w
         from unnest(string_to_array(${syllables.join(',')}, ',')) with ordinality a(s, n),
              unnest(string_to_array(${syllables.join(',')}, ',')) with ordinality b(s, n),
              unnest(string_to_array(${syllables.join(',')}, ',')) with ordinality c(s, n)) v`);
  // As autovacuum would after a bulk load: the GIN pending list merged, statistics gathered.
  await db().execute(sql`analyze articles`);
}, 300_000);
afterAll(async () => {
  await database?.dispose();
});

describe(`the search plan (${driver})`, () => {
  it('uses the GIN index articles_search for a word, a phrase and an exclusion', async () => {
    const [row] = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from articles where search_vector is not null`,
    );
    expect(row!.n).toBe(STORIES);
    for (const q of ['kalomi', 'kalomi serde', '"kalomi serde"', 'kalomi -tanvu', 'kalomi OR plavude']) {
      const plan = await explainSearch(db(), 'en', q);
      const [windowed, everything] = plan.split('\n\n');
      for (const p of [windowed!, everything!]) {
        expect(p, `${q}\n${p}`).toMatch(
          /Bitmap Index Scan on articles_search[^\n]*\n\s+Index Cond: \(\(search_vector @@/,
        );
        expect(p, q).not.toMatch(/Seq Scan on articles/);
      }
      expect(windowed, q).toMatch(/Index Cond: .*search_month >=/);
    }
  });

  it('finds them quickly, and caps the pages of a word in thousands of stories', async () => {
    const { query } = parseSearchParams('en', { q: 'kalomi' });
    const started = performance.now();
    const found = await searchArticles(db(), query, { timeZone: 'UTC' });
    const elapsed = performance.now() - started;
    expect(found.total).toBeGreaterThan(0);
    console.log(`search over ${STORIES} stories (${driver}): ${found.total} found in ${elapsed.toFixed(1)} ms`);

    const common = await searchArticles(db(), { ...query, q: 'gazette' }, { timeZone: 'UTC' });
    // 1,500 match: counted up to the 500 readers can page through, then "more than 500".
    expect(common).toMatchObject({ total: MATCH_LIMIT, totalIsLowerBound: true, pageCount: MAX_SEARCH_PAGES });
    const last = await searchArticles(db(), { ...query, q: 'gazette', page: MAX_SEARCH_PAGES }, { timeZone: 'UTC' });
    expect(last.items.length).toBe(10);
    expect(
      await searchArticles(db(), { ...query, q: 'gazette', page: MAX_SEARCH_PAGES + 1 }, { timeZone: 'UTC' }),
    ).toMatchObject({
      items: [],
      beyondLimit: true,
    });
  });
});
