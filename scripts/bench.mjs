#!/usr/bin/env node
// `npm run bench`: load against the production build on a fresh, seeded embedded database.
// Needs `npx next build` first. Prints requests/second and latency per reader page.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
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
