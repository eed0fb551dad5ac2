// EXPLAIN (ANALYZE, BUFFERS) of every statement searchArticles issues (ranked page, count,
// snippets), on a PostgreSQL database named by DATABASE_URL:
//
//   DATABASE_URL=… node --conditions=react-server --import tsx scripts/generate/explain-search.ts \
//     '[{"q":"minister","locale":"en"},{"q":"budget","locale":"fr","all":true}]'
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Db } from '../../db/connect';
import * as schema from '../../db/schema';
import type { Locale } from '../../lib/i18n/config';
import { plainSearch } from '../../lib/search/params';
import { searchArticles } from '../../lib/search/search';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL names the PostgreSQL database to explain on.');
const client = postgres(url, { max: 1, onnotice: () => {} });
const captured: { sql: string; params: unknown[] }[] = [];
const db = drizzle(client, {
  schema,
  logger: { logQuery: (sql, params) => captured.push({ sql, params }) },
}) as unknown as Db;

const cases = JSON.parse(process.argv[2] ?? '[]') as { q: string; locale: Locale; all?: boolean }[];
const inline = (text: string, params: unknown[]) =>
  text.replace(/\$(\d+)/g, (_, n: string) => {
    const value = params[Number(n) - 1];
    return typeof value === 'number' ? String(value) : `'${String(value).replace(/'/g, "''")}'`;
  });

try {
  for (const c of cases) {
    captured.length = 0;
    const started = performance.now();
    const result = await searchArticles(db, plainSearch(c.locale, c.q, { allLanguages: Boolean(c.all) }), {
      timeZone: 'UTC',
    });
    const ms = (performance.now() - started).toFixed(1);
    console.log(`\n######## ${JSON.stringify(c)}: ${result.total} matches, ${ms} ms end to end`);
    for (const statement of [...captured]) {
      const text = inline(statement.sql, statement.params);
      if (process.env.SHOW_SQL) console.log(text);
      // The search's reads run with planner settings (`set_config(…, true)` in their transaction):
      // every statement is explained under them, which changes nothing for the reads by id.
      const settings = captured.filter((c) => /set_config\(/.test(c.sql)).map((c) => c.sql);
      if (/set_config\(|^(begin|commit)/i.test(text)) continue;
      const plan = await client.begin(async (tx) => {
        for (const setting of settings) await tx.unsafe(setting);
        return tx.unsafe(`explain (analyze, buffers) ${text}`);
      });
      console.log(`---- ${text.slice(0, 70).replace(/\s+/g, ' ')}`);
      console.log(plan.map((row) => Object.values(row)[0]).join('\n'));
    }
  }
} finally {
  await client.end();
}
