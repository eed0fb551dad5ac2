import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const SECRETS = {
  AUTH_SECRET: 'shutdown-test-auth-secret-not-for-production-0123456789',
  CAPTCHA_SECRET: 'shutdown-test-captcha-secret-not-for-production-0123456789',
};

export type ServerProcess = {
  child: ChildProcess;
  /** Everything the process wrote so far (stdout and stderr). */
  output: () => string;
  /** Resolves once the output matches `pattern` (rejects if the process exits first). */
  waitFor: (pattern: RegExp) => Promise<void>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
};

/** Runs the production custom server (scripts/server.mjs) on its own data folder. */
export function startServerProcess(dataDir: string, port: number): ServerProcess {
  const child = spawn(process.execPath, ['scripts/server.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      ...SECRETS,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      SITE_URL: `http://127.0.0.1:${port}`,
      SHUTDOWN_TIMEOUT_MS: '30000',
      READY_TIMEOUT_MS: '60000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => text,
    exited,
    waitFor: (pattern) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (pattern.test(text)) {
            listeners.delete(check);
            resolve();
          }
        };
        listeners.add(check);
        check();
        void exited.then(() => {
          if (listeners.has(check)) reject(new Error(`server exited before ${pattern}:\n${text}`));
        });
      }),
  };
}

/**
 * Opens the PGlite folder in a fresh process with PostgreSQL's log messages on, runs `sql`
 * and returns its rows and what PostgreSQL printed while opening (recovery messages appear there).
 */
export function openPglite(folder: string, sql: string): { rows: unknown[]; log: string } {
  const script = `
    import { PGlite } from '@electric-sql/pglite';
    import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
    import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
    import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
    // The extensions the migrations create (db/connect.ts): writes to articles need them.
    const db = new PGlite(process.env.FOLDER, { debug: 1, extensions: { pg_trgm, unaccent, btree_gin } });
    const result = await db.query(process.env.SQL);
    await db.close();
    process.stdout.write('\\n@@ROWS@@' + JSON.stringify(result.rows) + '\\n');
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: path.resolve('.'),
    env: { ...process.env, FOLDER: folder, SQL: sql },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const marker = result.stdout.lastIndexOf('@@ROWS@@');
  if (result.status !== 0 || marker < 0) throw new Error(`opening ${folder} failed:\n${result.stdout}${result.stderr}`);
  // PostgreSQL's messages go to stderr, PGlite's own to stdout.
  return {
    rows: JSON.parse(result.stdout.slice(marker + 8).split('\n')[0]!) as unknown[],
    log: `${result.stdout.slice(0, marker)}${result.stderr}`,
  };
}
