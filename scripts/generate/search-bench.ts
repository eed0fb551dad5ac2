// The search benchmark at the database level (`npm run bench -- --search --direct`): concurrent
// callers of lib/search's searchArticles (ranked page, count and snippets, as the search page
// asks) on the real driver, against a generated database (`npm run db:generate`). Run with the
// react-server condition (bench.mjs does), as the server runs lib/search.
import { connectFromEnv, type Connection } from '../../db/connect';
import { searchArticles } from '../../lib/search/search';
import { plainSearch, type SearchQuery } from '../../lib/search/params';
import { benchQueries, queryKinds, type BenchQuery, type QueryKind } from './queries';

export const budget = { p50: 50, p99: 200 };

const connections = Number(process.env.BENCH_CONNECTIONS || 10);
const seconds = Number(process.env.BENCH_SECONDS || 10);
const perKind = Number(process.env.BENCH_QUERIES || 2000);

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function asSearch(query: BenchQuery): SearchQuery {
  return plainSearch(query.locale, query.q, { allLanguages: query.allLanguages });
}

type Sample = { ms: number; total: number; query: BenchQuery };

let connection: Connection | undefined;
try {
  connection = connectFromEnv();
  const db = connection.db;
  const queries = benchQueries(perKind);
  // Warm up the connections and the planner on queries that are not measured.
  for (const q of benchQueries(5, 99)) await searchArticles(db, asSearch(q), { timeZone: 'UTC' });

  const rows = [];
  const all: number[] = [];
  const slowest: Sample[] = [];
  for (const kind of queryKinds) {
    const list = queries.filter((q) => q.kind === kind);
    const samples: Sample[] = [];
    let next = 0;
    const deadline = performance.now() + seconds * 1000;
    const worker = async () => {
      while (performance.now() < deadline && next < list.length) {
        const query = list[next++]!;
        const t = performance.now();
        const result = await searchArticles(db, asSearch(query), { timeZone: 'UTC' });
        samples.push({ ms: performance.now() - t, total: result.total, query });
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: connections }, worker));
    const elapsed = (performance.now() - started) / 1000;
    const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
    all.push(...sorted);
    const totals = samples.map((s) => s.total).sort((a, b) => a - b);
    rows.push(row(kind, sorted, elapsed, totals));
    slowest.push(...samples.sort((a, b) => b.ms - a.ms).slice(0, 2));
  }
  all.sort((a, b) => a - b);
  rows.push(row('all kinds', all, NaN, []));
  console.log(
    `\nsearchArticles on ${connection.kind}, ${connections} concurrent callers, ≤${seconds}s per kind, distinct queries:\n`,
  );
  console.table(rows);
  console.log('The slowest searches of each kind (to explain with scripts/generate/explain-search.ts):');
  for (const s of slowest)
    console.log(
      `  ${s.ms.toFixed(0).padStart(6)} ms  ${s.query.kind}: ${JSON.stringify({ q: s.query.q, locale: s.query.locale, all: s.query.allLanguages })}`,
    );
  const overall = rows.at(-1)!;
  const pass = rows.every((r) => r.pass === 'yes');
  console.log(
    `Budget (PostgreSQL): p50 < ${budget.p50} ms and p99 < ${budget.p99} ms for every kind. ` +
      `${connection.kind === 'postgres' ? (pass ? 'PASS' : 'FAIL') : 'Reported only on PGlite'}: ` +
      `all kinds p50 ${overall['p50 ms']} ms, p99 ${overall['p99 ms']} ms.`,
  );
  if (connection.kind === 'postgres' && !pass) process.exitCode = 2;
} catch (error) {
  console.error('Search benchmark failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await connection?.close();
}

function row(kind: QueryKind | 'all kinds', sorted: number[], elapsed: number, totals: number[]) {
  const p50 = percentile(sorted, 50);
  const p99 = percentile(sorted, 99);
  return {
    kind,
    searches: sorted.length,
    'per s': Number.isNaN(elapsed) ? '' : Math.round(sorted.length / elapsed),
    'p50 ms': +p50.toFixed(1),
    'p99 ms': +p99.toFixed(1),
    'max ms': +(sorted.at(-1) ?? NaN).toFixed(1),
    'median matches': totals.length ? percentile(totals, 50) : '',
    'max matches': totals.length ? totals.at(-1)! : '',
    pass: p50 < budget.p50 && p99 < budget.p99 ? 'yes' : 'no',
  };
}
