import { parseArgs } from 'node:util';
import { connectFromEnv, type Connection } from '../db/connect';
import { generateArticles, MAX_BATCH, settle } from './generate/articles';

const usage = `Fill a database with generated stories, for benchmarks (never on a live site).

  npm run db:generate -- --articles N [--seed S] [--batch B] [--years Y]

Writes N stories readers can see (published, across Arabic, French and English, about a third
each) and about 3.5 % more they cannot (drafts, pending, scheduled, archived, trashed), with
sections, tags and writers, text drawn from the demo stories' prose, dates over Y years (6).
The same --seed (1) writes the same stories. B articles per transaction (500, at most ${MAX_BATCH}).
Uses DATABASE_URL, else the embedded database under DATA_DIR (stop the server first).`;

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    seed: { type: 'string', default: '1' },
    batch: { type: 'string', default: '500' },
    years: { type: 'string', default: '6' },
    help: { type: 'boolean' },
  },
  strict: true,
});

const positive = (name: string, value: string | undefined, max = Number.MAX_SAFE_INTEGER) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    console.error(`--${name} must be a whole number from 1 to ${max}.\n\n${usage}`);
    process.exit(1);
  }
  return n;
};

if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!values.articles) {
  console.error(`--articles is required.\n\n${usage}`);
  process.exit(1);
}
const articles = positive('articles', values.articles, 10_000_000);
const seed = positive('seed', values.seed);
const batch = positive('batch', values.batch, MAX_BATCH);
const years = positive('years', values.years, 50);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
let connection: Connection | undefined;
try {
  connection = connectFromEnv();
  await connection.migrate();
  console.log(`Generating ${articles} visible stories (seed ${seed}, ${batch} per transaction) on ${connection.kind}…`);
  let shown = 0;
  const result = await generateArticles(connection.db, {
    articles,
    seed,
    batch,
    years,
    onProgress: ({ written, total, elapsedMs }) => {
      const percent = Math.floor((written / total) * 100);
      if (percent >= shown + 5 || written === total) {
        shown = percent;
        const rate = Math.round(written / (elapsedMs / 1000));
        console.log(`  ${written}/${total} (${percent} %), ${seconds(elapsedMs)}, ${rate} articles/s`);
      }
    },
  });
  const t = performance.now();
  await settle(connection.db);
  const settleMs = performance.now() - t;
  console.log(
    [
      `Done: ${result.written} articles (${result.visible} visible; ar ${result.byLocale.ar}, fr ${result.byLocale.fr}, en ${result.byLocale.en}),`,
      `  statuses ${JSON.stringify(result.byStatus)}, ${result.trashed} in the trash, ${result.tagLinks} tag links.`,
      `  ${seconds(result.totalMs)} in all: article inserts ${seconds(result.articleMs)}, tag inserts ${seconds(result.tagMs)};`,
      `  then vacuum and analyze ${seconds(settleMs)}.`,
    ].join('\n'),
  );
} catch (error) {
  console.error('Generation failed:', error instanceof Error ? error.message : error);
  if (error instanceof Error && /duplicate key/.test(error.message))
    console.error('These stories already exist here: use a fresh database or another --seed.');
  process.exitCode = 1;
} finally {
  await connection?.close();
}
