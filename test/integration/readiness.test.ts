import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, type Connection, type Db } from '@/db/connect';
import { checkReadiness } from '@/lib/health';
import { createTestDatabase } from '../support/database';

// A busy CI machine can take seconds for PGlite's first query; only the hang case tests the bound.
const SLOW_MACHINE = 60_000;
const label = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A database that exists but was never migrated. */
async function unmigrated(): Promise<Connection> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const connection = connect({ dataDir: 'memory' });
    cleanups.push(connection.close);
    return connection;
  }
  const name = `maydan_test_${crypto.randomBytes(5).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = connect({ url: url.toString() });
  cleanups.push(async () => {
    await connection.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
  return connection;
}

describe(`readiness (${label})`, () => {
  it('is ready on a migrated database', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.dispose);
    expect(await checkReadiness(() => database.db, SLOW_MACHINE)).toMatchObject({ ready: true });
  });

  it('is not ready when migrations are missing, or the newest one is', async () => {
    const connection = await unmigrated();
    expect(await checkReadiness(() => connection.db, SLOW_MACHINE)).toEqual({
      ready: false,
      reason: 'migrations-missing',
    });

    const database = await createTestDatabase();
    cleanups.push(database.dispose);
    await database.db.execute(
      sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`,
    );
    expect(await checkReadiness(() => database.db, SLOW_MACHINE)).toEqual({
      ready: false,
      reason: 'migrations-missing',
    });
  });

  it('is not ready when the database cannot be reached, and never hangs', async () => {
    const refused = (): Db => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:5432 password=secret');
    };
    expect(await checkReadiness(refused, SLOW_MACHINE)).toEqual({ ready: false, reason: 'database-unreachable' });

    const hanging = { execute: () => new Promise(() => {}) } as unknown as Db;
    expect(await checkReadiness(() => hanging, 50)).toEqual({ ready: false, reason: 'timeout' });
  });
});
