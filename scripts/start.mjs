#!/usr/bin/env node
// `npm start`: the one command that serves Maydan. It builds when the build is missing or
// older than the sources, migrates, adds demo content to an empty database (outside
// production, or with MAYDAN_DEMO=1), then serves the build in this process through the custom
// server (scripts/server.mjs: request logs, graceful shutdown). Secrets are generated once into
// DATA_DIR outside production.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensurePrivateDir, ensurePrivateFile } from '../lib/private-dir.mjs';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
process.chdir(root);
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const dataDir = path.resolve(process.env.DATA_DIR || '.data');
const production = process.env.NODE_ENV === 'production';
const env = { ...process.env, DATA_DIR: dataDir };

function fail(message) {
  console.error(`\nMaydan cannot start: ${message}\n`);
  process.exit(1);
}

// Secrets: required in production, generated once (and kept) elsewhere.
ensurePrivateDir(dataDir);
const secretsFile = path.join(dataDir, 'secrets.json');
ensurePrivateFile(secretsFile);
const required = ['AUTH_SECRET', 'CAPTCHA_SECRET'];
if (production) {
  const missing = required.filter((name) => !process.env[name]);
  if (missing.length)
    fail(`${missing.join(' and ')} must be set in production (for example: openssl rand -base64 32).`);
} else {
  let stored = {};
  try {
    stored = JSON.parse(fs.readFileSync(secretsFile, 'utf8'));
  } catch {
    stored = {};
  }
  let changed = false;
  for (const name of required) {
    if (!stored[name]) {
      stored[name] = crypto.randomBytes(32).toString('base64url');
      changed = true;
    }
    env[name] ||= stored[name];
  }
  if (changed) fs.writeFileSync(secretsFile, JSON.stringify(stored, null, 2), { mode: 0o600 });
}

function newestMtime(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const buildId = path.join(root, '.next', 'BUILD_ID');
const sources = [
  'app',
  'components',
  'lib',
  'db',
  'public',
  'proxy.ts',
  'next.config.js',
  'package-lock.json',
  'postcss.config.mjs',
];
const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
if (builtAt === 0 || Math.max(...sources.map(newestMtime)) > builtAt) {
  console.log('Building Maydan (first start or changed sources)…');
  run(bin('next'), ['build']);
}

run(bin('tsx'), ['scripts/seed.ts', '--if-empty']);

const port = process.env.PORT || '3000';
console.log(
  `\nMaydan is starting on http://localhost:${port} (data in ${process.env.DATABASE_URL ? 'PostgreSQL' : dataDir})\n`,
);
Object.assign(process.env, env);
const { startServer } = await import('./server.mjs');
await startServer({ port: Number(port), dir: root });
