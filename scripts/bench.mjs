#!/usr/bin/env node
// `npm run bench`: load against the production build on a fresh, seeded embedded database.
// Needs `npx next build` first. Prints requests/second and latency per reader page.
//
// `npm run bench -- --search`: search on a generated database (`npm run db:generate -- --articles
// 100000`): the production build served on DATABASE_URL, or on the embedded database under
// DATA_DIR, with the search rate limit off; 10 connections per query kind, every search distinct.
// `npm run bench -- --search --direct`: the same searches through lib/search on the driver,
// without the server (the database's share of a search). Both print p50/p99 against the budget.
//
// `npm run bench -- --views`: 1,000 view beacons a second alone (each from a new address, so each
// is a counted view), an article page alone, then the page while the beacons hit /api/views;
// prints the three and the page's ratio (BENCH_BEACON_RATE changes the rate).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';

const port = process.env.BENCH_PORT || '3190';
const duration = Number(process.env.BENCH_SECONDS || 10);
const search = process.argv.includes('--search');
const views = process.argv.includes('--views');
const connections = Number(process.env.BENCH_CONNECTIONS || (search ? 10 : 50));
const base = `http://127.0.0.1:${port}`;

if (search && process.argv.includes('--direct')) {
  const run = spawnSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', path.join('scripts', 'generate', 'search-bench.ts')],
    { stdio: 'inherit', env: { ...process.env, BENCH_CONNECTIONS: String(connections) } },
  );
  process.exit(run.status ?? 1);
}
if (search) {
  try {
    await searchBench();
  } catch (error) {
    console.error(`Search benchmark failed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
  process.exit(process.exitCode ?? 0);
}

const server = spawn(process.execPath, [path.join('scripts', 'e2e-server.mjs'), port], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`${base}/en`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

async function firstLink(page, prefix) {
  const html = await (await fetch(`${base}${page}`)).text();
  const match = html.match(new RegExp(`href="(${prefix}[^"]+)"`));
  if (!match) throw new Error(`no ${prefix} link on ${page}`);
  return match[1];
}

await waitForServer();
if (views) {
  try {
    await viewsBench();
  } catch (error) {
    console.error(`Views benchmark failed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
  stop();
  process.exit(process.exitCode ?? 0);
}
const targets = [
  ['home (en)', '/en'],
  ['home (ar)', '/ar'],
  ['section (fr)', '/fr/section/economie'],
  ['article (ar)', await firstLink('/ar', '/ar/article/')],
  ['article (en)', await firstLink('/en', '/en/article/')],
  ['unknown article (404)', '/en/article/no-such-story'],
];

/**
 * What a reader downloads for a page, gzip-compressed: the HTML (with the inline RSC payload)
 * and the JavaScript files it loads. Same bytes on a busy or idle machine, so comparable.
 */
async function pageWeight(url) {
  const html = await (await fetch(`${base}${url}`)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let js = 0;
  for (const src of sources) js += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  return {
    page: url,
    'html gzip KB': +(gzipSync(html).length / 1024).toFixed(1),
    'js files': sources.length,
    'js gzip KB': +(js / 1024).toFixed(1),
    'inline script gzip KB': +(gzipSync(inline).length / 1024).toFixed(1),
  };
}

const weights = [];
for (const [, url] of targets) weights.push(await pageWeight(url));
console.log('\nWhat a reader downloads per page (gzip):\n');
console.table(weights);
if (process.env.BENCH_WEIGHT_ONLY) {
  stop();
  process.exit(0);
}

const rows = [];
for (const [name, url] of targets) {
  // Warm the caches, then measure.
  for (let i = 0; i < 3; i++) await fetch(`${base}${url}`);
  const result = await autocannon({ url: `${base}${url}`, connections, duration, pipelining: 1 });
  rows.push({
    page: name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  });
}
console.log(`\nautocannon, ${connections} connections, ${duration}s per page, against next start on this machine:\n`);
console.table(rows);
stop();
process.exit(0);

/** Search through the real server, on the generated database the environment names. */
async function searchBench() {
  const budget = { p50: 50, p99: 200 };
  if (!fs.existsSync(path.join(process.env.MAYDAN_DIST_DIR || '.next', 'BUILD_ID'))) {
    throw new Error('no production build: run `npx next build` first (or measure with --search --direct)');
  }
  const perKind = Number(process.env.BENCH_QUERIES || 2000);
  const listed = spawnSync(
    path.join('node_modules', '.bin', 'tsx'),
    [path.join('scripts', 'generate', 'queries.ts'), String(perKind)],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (listed.status !== 0) throw new Error(`could not list the queries: ${listed.stderr}`);
  const queries = JSON.parse(listed.stdout);
  const server = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { startServer } = await import(${JSON.stringify(path.resolve('scripts', 'server.mjs'))});
       await startServer({ port: ${Number(port)}, hostname: '127.0.0.1', dir: process.cwd() });`,
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        SEARCH_RATE_LIMIT: '0',
        SITE_URL: base,
        AUTH_SECRET: process.env.AUTH_SECRET || 'bench-auth-secret-not-for-production-0123456789',
        CAPTCHA_SECRET: process.env.CAPTCHA_SECRET || 'bench-captcha-secret-not-for-production-0123456789',
      },
    },
  );
  const stop = () => server.kill('SIGTERM');
  process.on('exit', stop);
  try {
    await waitForServer();
    const probe = await fetch(`${base}/en/search?q=bench`);
    if (probe.status === 404)
      throw new Error('this build has no search page yet: use `npm run bench -- --search --direct`');
    const href = (q) =>
      `/${q.locale}/search?${new URLSearchParams({ q: q.q, ...(q.allLanguages ? { lang: 'all' } : {}) })}`;
    const rows = [];
    let pass = true;
    for (const kind of ['rare', 'common', 'two words', 'phrase', 'all languages']) {
      const paths = queries.filter((q) => q.kind === kind).map(href);
      let next = 0;
      const result = await autocannon({
        url: base,
        connections,
        duration,
        pipelining: 1,
        requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
      });
      const ok = result.latency.p50 < budget.p50 && result.latency.p99 < budget.p99;
      pass &&= ok;
      rows.push({
        kind,
        searches: result.requests.total,
        'distinct queries': Math.min(next, paths.length),
        'req/s': Math.round(result.requests.average),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
        pass: ok ? 'yes' : 'no',
      });
    }
    const driver = process.env.DATABASE_URL ? 'postgres' : 'pglite';
    console.log(`\nSearch through the server (${driver}), ${connections} connections, ${duration}s per kind:\n`);
    console.table(rows);
    console.log(
      `Budget (PostgreSQL): p50 < ${budget.p50} ms and p99 < ${budget.p99} ms for every kind. ` +
        (driver === 'postgres' ? (pass ? 'PASS' : 'FAIL') : 'Reported only on PGlite') +
        (rows.some((r) => r.searches > r['distinct queries'])
          ? ` (some searches repeated: raise BENCH_QUERIES so the cache answers none)`
          : ''),
    );
    if (driver === 'postgres' && !pass) process.exitCode = 2;
  } finally {
    stop();
  }
}

/**
 * Does counting views slow reading? The cached English article page under load, alone and then
 * with beacons at a fixed rate, every one from another address (the most expensive case: each
 * is a dedupe insert and a bucket upsert), sent by a second load generator at the same time.
 */
async function viewsBench() {
  const rate = Number(process.env.BENCH_BEACON_RATE || 1000);
  const article = await firstLink('/en', '/en/article/');
  const html = await (await fetch(`${base}${article}`)).text();
  const id = /articleId\\?":(\d+)/.exec(html)?.[1];
  if (!id) throw new Error(`no article id on ${article}`);
  for (let i = 0; i < 3; i++) await fetch(`${base}${article}`);
  const page = () => autocannon({ url: `${base}${article}`, connections, duration, pipelining: 1 });
  const row = (name, r) => ({
    load: name,
    'page req/s': Math.round(r.requests.average),
    'p50 ms': r.latency.p50,
    'p99 ms': r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  });
  const beaconsAlone = await beaconLoad(id, rate);
  const alone = await page();
  // The beacons come from a process of their own, so the two load generators do not share one
  // event loop (on a small machine the page load would otherwise starve the beacon sender).
  const [busy, beacons] = await Promise.all([page(), beaconLoad(id, rate)]);
  console.log(`\n${article}, ${connections} connections, ${duration}s each, against next start on this machine:\n`);
  console.table([row('page alone', alone), row(`page + ${rate} beacons/s`, busy)]);
  console.log(
    `Beacons alone: ${Math.round(beaconsAlone.rate)}/s answered of ${rate}/s asked, p50 ${beaconsAlone.latency.p50} ms, p99 ${beaconsAlone.latency.p99} ms.`,
  );
  console.log(
    `Beacons with the page load: ${Math.round(beacons.rate)}/s answered of ${rate}/s asked, p50 ${beacons.latency.p50} ms, p99 ${beacons.latency.p99} ms, ` +
      `non-2xx ${beacons.non2xx}, errors ${beacons.errors}.`,
  );
  const ratio = busy.requests.average / alone.requests.average;
  console.log(
    `Page throughput with beacons: ${(ratio * 100).toFixed(0)}% of alone; p99 ${alone.latency.p99} → ${busy.latency.p99} ms.`,
  );
}

/** `rate` beacons a second for `duration` seconds from a child process; its autocannon summary. */
function beaconLoad(id, rate) {
  const code = `
    import autocannon from 'autocannon';
    let n = 0;
    const r = await autocannon({
      url: ${JSON.stringify(`${base}/api/views`)}, connections: 20, duration: ${duration}, overallRate: ${rate},
      requests: [{ method: 'POST', setupRequest: (request) => {
        n++;
        return { ...request, body: 'id=${id}', headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'sec-fetch-site': 'same-origin',
          'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
          'x-forwarded-for': '10.' + ((n >> 16) & 255) + '.' + ((n >> 8) & 255) + '.' + (n & 255),
        } };
      } }],
    });
    console.log(JSON.stringify({ rate: r.requests.average, latency: r.latency, non2xx: r.non2xx, errors: r.errors }));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (status) =>
      status === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop()))
        : reject(new Error(`beacon load exited ${status}`)),
    );
  });
}
