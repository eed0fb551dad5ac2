import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { ensurePrivateDir } from '../lib/private-dir.mjs';
import { retryAfterShutdown } from './postgres-retry';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Connection = {
  db: Db;
  kind: 'postgres' | 'pglite';
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

export type ConnectOptions =
  /** A PostgreSQL server. */
  | { url: string }
  /** PGlite persisted in `dataDir` (locked to this process), or in memory for tests. */
  | { dataDir: string | 'memory' };

/** Contrib extensions search needs (migrations 0009 and 0010 create them); PostgreSQL servers ship them. */
export const pgliteExtensions = { pg_trgm, unaccent, btree_gin };

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || '.data');
}

/** The connection the environment asks for: DATABASE_URL, else PGlite under DATA_DIR. */
export function connectFromEnv(): Connection {
  const url = process.env.DATABASE_URL;
  // DATA_DIR also holds uploads and generated secrets, whichever database is used.
  if (process.env.NEXT_PHASE !== 'phase-production-build') ensurePrivateDir(dataDir());
  return connect(url ? { url } : { dataDir: path.join(dataDir(), 'pglite') });
}

export function connect(options: ConnectOptions): Connection {
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    // Prerendering must never read the database: the server may hold the PGlite folder.
    throw new Error('Maydan: the database was opened during `next build`; build-time rendering must not read data.');
  }
  if ('url' in options) {
    const sql = postgres(options.url, {
      max: Number(process.env.DATABASE_POOL_SIZE || 10),
      // While the server is away, fail a query within seconds (the default waits 30 s) so the
      // reader gets the error page and writes their "try again" at once. Connections that the
      // server closed are replaced on the next query: no restart is needed when it returns.
      connect_timeout: 5,
      idle_timeout: 60,
      onnotice: () => {},
    });
    const db = drizzlePostgres(retryAfterShutdown(sql), { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      migrate: () => migratePostgres(db as never, { migrationsFolder }),
      close: () => sql.end({ timeout: 5 }),
    };
  }
  let release = () => {};
  let client: PGlite;
  if (options.dataDir === 'memory') {
    client = new PGlite({ extensions: pgliteExtensions });
  } else {
    ensurePrivateDir(options.dataDir);
    release = acquireLock(options.dataDir);
    client = new PGlite(options.dataDir, { extensions: pgliteExtensions });
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: async () => {
      await client.close();
      release();
    },
  };
}

/**
 * PGlite has no lock of its own and two processes on one folder corrupt it.
 * A lock file holding the owner's pid makes a second process fail with a clear message.
 */
function acquireLock(folder: string): () => void {
  const lockFile = `${folder}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }), { flag: 'wx' });
      const release = () => {
        try {
          const owner = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as { pid: number };
          if (owner.pid === process.pid) fs.unlinkSync(lockFile);
        } catch {
          // Already gone.
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readLockOwner(lockFile);
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new DatabaseInUseError(folder, owner);
      }
      // Stale lock from a process that died: take it over.
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new DatabaseInUseError(folder, readLockOwner(lockFile) ?? 0);
}

export class DatabaseInUseError extends Error {
  constructor(folder: string, pid: number) {
    super(
      `The embedded database in ${folder} is in use by process ${pid} (probably the running Maydan server). ` +
        'PGlite allows one process per data folder: stop the server first, or set DATABASE_URL to use a PostgreSQL server.',
    );
    this.name = 'DatabaseInUseError';
  }
}

function readLockOwner(lockFile: string): number | null {
  try {
    const owner = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as { pid?: unknown };
    return typeof owner.pid === 'number' ? owner.pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
