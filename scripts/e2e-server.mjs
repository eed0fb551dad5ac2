#!/usr/bin/env node
// Serves the production build for Playwright on a fresh, seeded embedded database.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const port = process.argv[2] || '3100';
const root = process.cwd();
const dataDir = path.join(root, `.data-e2e-${port}`);
fs.rmSync(dataDir, { recursive: true, force: true });
if (!fs.existsSync(path.join(root, process.env.MAYDAN_DIST_DIR || '.next', 'BUILD_ID'))) {
  console.error('No production build: run `npx next build` first (npm test does).');
  process.exit(1);
}
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  SITE_URL: `http://127.0.0.1:${port}`,
  AUTH_SECRET: 'e2e-auth-secret-not-for-production-0123456789',
  CAPTCHA_SECRET: 'e2e-captcha-secret-not-for-production-0123456789',
};
const tsx = path.join(root, 'node_modules/.bin/tsx');
const seed = spawnSync(tsx, ['scripts/seed.ts'], { stdio: 'inherit', env });
if (seed.status !== 0) process.exit(seed.status ?? 1);
// One account per role for the end-to-end tests (e2e/staff.ts), in this throwaway database only.
for (const [role, name, locale] of [
  ['admin', 'Test Admin', 'en'],
  ['editor', 'Test Editor', 'en'],
  ['author', 'Test Author', 'ar'],
  ['moderator', 'Test Moderator', 'fr'],
]) {
  const created = spawnSync(
    tsx,
    [
      'scripts/user.ts',
      'create',
      '--email',
      `${role}@e2e.test`,
      '--name',
      name,
      '--role',
      role,
      '--password',
      `e2e-${role}-password-123`,
      '--locale',
      locale,
    ],
    { stdio: 'inherit', env },
  );
  if (created.status !== 0) process.exit(created.status ?? 1);
}
// Browsers answer at once: no minimum fill time here (e2e/support/fast-comments.ts says why).
const fast = spawnSync(tsx, ['e2e/support/fast-comments.ts'], { stdio: 'inherit', env });
if (fast.status !== 0) process.exit(fast.status ?? 1);
// The same server as `npm start` (request logs, graceful shutdown), in this process.
Object.assign(process.env, env);
const { startServer } = await import('./server.mjs');
await startServer({ port: Number(port), hostname: '127.0.0.1', dir: root });
