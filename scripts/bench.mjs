#!/usr/bin/env node
// `npm run bench`: load against the production build on a fresh, seeded embedded database.
// Needs `npx next build` first. Prints requests/second and latency per reader page.
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';

const port = process.env.BENCH_PORT || '3190';
const duration = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 50);
const base = `http://127.0.0.1:${port}`;

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
const targets = [
  ['home (en)', '/en'],
  ['home (ar)', '/ar'],
  ['section (fr)', '/fr/section/economie'],
  ['article (ar)', await firstLink('/ar', '/ar/article/')],
  ['article (en)', await firstLink('/en', '/en/article/')],
  ['unknown article (404)', '/en/article/no-such-story'],
];

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
