import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startThrowawayPostgres, type ThrowawayPostgres } from '../test/support/throwaway-postgres';

/**
 * The production build served on a throwaway PostgreSQL server of its own (migrated and
 * seeded with the demo content), for system tests that stop the database or load the server:
 * nothing they do touches another test's server or database.
 */
export type SystemServer = {
  baseURL: string;
  pg: ThrowawayPostgres;
  /** Where the server's output goes, for failure messages. */
  logFile: string;
  /** Stops the server and the database; `keepLogAs` copies the server's output there first. */
  close: (keepLogAs?: string) => Promise<void>;
};

export const systemStaff = { email: 'admin@system.test', password: 'system-admin-password-123' };

export async function startSystemServer(): Promise<SystemServer> {
  const root = process.cwd();
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID')))
    throw new Error('No production build: run `DATABASE_URL= npx next build` first.');
  const pg = await startThrowawayPostgres();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-system-'));
  const logFile = path.join(dataDir, 'server.log');
  let server: ChildProcess | undefined;
  const close = async (keepLogAs?: string) => {
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    if (keepLogAs && fs.existsSync(logFile)) fs.copyFileSync(logFile, keepLogAs);
    pg.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const port = await freePort();
    const baseURL = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      DATABASE_URL: pg.url,
      DATA_DIR: dataDir,
      SITE_URL: baseURL,
      TRUSTED_PROXY_HOPS: '1',
      AUTH_SECRET: 'system-auth-secret-not-for-production-0123456789',
      CAPTCHA_SECRET: 'system-captcha-secret-not-for-production-0123456789',
    };
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    const quiet = { env, encoding: 'utf8' as const };
    const seeded = spawnSync(tsx, ['scripts/seed.ts'], quiet);
    if (seeded.status !== 0) throw new Error(`Seeding failed: ${seeded.stderr || seeded.stdout}`);
    const user = spawnSync(
      tsx,
      [
        'scripts/user.ts',
        'create',
        '--email',
        systemStaff.email,
        '--name',
        'System Admin',
        '--role',
        'admin',
        '--password',
        systemStaff.password,
        '--locale',
        'fr',
      ],
      quiet,
    );
    if (user.status !== 0) throw new Error(`Creating the staff account failed: ${user.stderr || user.stdout}`);
    const fast = spawnSync(tsx, ['e2e/support/fast-comments.ts'], quiet);
    if (fast.status !== 0) throw new Error(`Setting the comment rules failed: ${fast.stderr || fast.stdout}`);
    const log = fs.openSync(logFile, 'a');
    // The production server `npm start` runs (Next inside scripts/server.mjs).
    server = spawn(process.execPath, [path.join(root, 'scripts/server.mjs'), '-p', String(port), '-H', '127.0.0.1'], {
      env,
      stdio: ['ignore', log, log],
    });
    fs.closeSync(log);
    await waitUntilServing(`${baseURL}/en`, server, logFile);
    return { baseURL, pg, logFile, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function waitUntilServing(url: string, server: ChildProcess, logFile: string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`The server exited (${server.exitCode}): ${fs.readFileSync(logFile, 'utf8')}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer ${url} within 2 minutes: ${fs.readFileSync(logFile, 'utf8')}`);
}
