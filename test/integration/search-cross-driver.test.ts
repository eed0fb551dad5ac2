import { afterAll, describe, expect, it } from 'vitest';
import { connect, type Connection } from '@/db/connect';
import { articles } from '@/db/schema';
import { inArray } from 'drizzle-orm';
import { parseSearchParams } from '@/lib/search/params';
import { searchArticles, searchScore, suggestSpelling } from '@/lib/search/search';
import { createTestDatabase } from '../support/database';
import { corpus, corpusQueries, createNewsroom, seedCorpus } from './search-support';

// PGlite embeds PostgreSQL 18, servers may run 15: the same stories, written the same way, must
// be found in the same order with the same snippets and scores on both. (search.test.ts runs its
// exact expectations on whichever driver the run uses; this file puts the two side by side.)

const open: { close?: () => Promise<void>; dispose?: () => Promise<void> }[] = [];
afterAll(async () => {
  for (const c of open.reverse()) await (c.dispose ?? c.close)?.();
});

async function answers(connection: Connection) {
  const db = connection.db;
  const newsroom = await createNewsroom(db);
  const ids = await seedCorpus(db, newsroom);
  const out = [];
  for (const [locale, q, change] of corpusQueries) {
    const { query } = parseSearchParams(locale, { q });
    const result = await searchArticles(db, { ...query, ...change }, { timeZone: 'UTC' });
    const scores = result.items.length
      ? await db
          .select({ id: articles.id, score: searchScore(q, change?.allLanguages ? ['en', 'fr', 'ar'] : [locale]) })
          .from(articles)
          .where(
            inArray(
              articles.id,
              result.items.map((i) => i.id),
            ),
          )
      : [];
    out.push({
      locale,
      q,
      change,
      total: result.total,
      titles: result.items.map((i) => i.title),
      snippets: result.items.map((i) => i.snippet),
      // The recency factor moves with the clock between the two runs: rounded well below any gap.
      scores: result.items.map((i) => Number(Number(scores.find((s) => s.id === i.id)!.score).toFixed(4))),
      suggestion: await suggestSpelling(db, locale, `${q}x`),
    });
  }
  return { ids: [...ids.values()], out };
}

describe.skipIf(!process.env.DATABASE_URL)('search on both drivers (needs DATABASE_URL)', () => {
  it('finds the same stories in the same order, with the same snippets and scores', { timeout: 120_000 }, async () => {
    const pglite = connect({ dataDir: 'memory' });
    open.push(pglite);
    await pglite.migrate();
    const server = await createTestDatabase();
    open.push(server);
    const embedded = await answers(pglite);
    const postgres = await answers(server);
    expect(postgres.ids).toEqual(embedded.ids);
    expect(embedded.ids.length).toBe(corpus.length);
    for (const [i, answer] of embedded.out.entries())
      expect(postgres.out[i], `${answer.locale} ${answer.q}`).toEqual(answer);
    // Not a comparison of two empty lists.
    expect(embedded.out.filter((a) => a.total > 0).length).toBeGreaterThan(corpusQueries.length - 3);
  });
});
