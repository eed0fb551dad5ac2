import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Connection } from '@/db/connect';
import { articles } from '@/db/schema';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/throwaway-postgres';

/**
 * The app keeps one postgres.js pool for its whole life: when PostgreSQL stops and comes back,
 * the same pool must serve again without a restart. Runs on a throwaway server of its own
 * (whatever DATABASE_URL says), since it stops it.
 */
describe('postgres.js pool across a database restart', () => {
  let pg: ThrowawayPostgres;
  let connection: Connection;

  beforeAll(async () => {
    pg = await startThrowawayPostgres();
    const previous = process.env.DATABASE_POOL_SIZE;
    // One connection, so the query after the restart uses the very connection that was killed.
    process.env.DATABASE_POOL_SIZE = '1';
    connection = connect({ url: pg.url });
    process.env.DATABASE_POOL_SIZE = previous;
    await connection.migrate();
  });

  afterAll(async () => {
    await connection?.close();
    pg?.dispose();
  });

  /** Stops the server while a query runs on the pool's connection, as happens under load. */
  async function stopDuringQuery() {
    const inFlight = connection.db.execute(sql`select pg_sleep(30)`).then(
      () => null,
      (error: unknown) => error,
    );
    await expect.poll(async () => (await pgActivity(pg)).includes('pg_sleep'), { timeout: 10_000 }).toBe(true);
    pg.stop();
    expect(await inFlight).toBeInstanceOf(Error);
  }

  it('fails fast while the server is away and answers the next query once it is back', async () => {
    const { db } = connection;
    expect(await db.$count(articles)).toBe(0);
    await stopDuringQuery();
    await expect(db.$count(articles)).rejects.toThrow();
    pg.start();
    expect(await db.$count(articles)).toBe(0);
    expect(await db.$count(articles)).toBe(0);
  });

  it('runs the next transaction once the server is back', async () => {
    const { db } = connection;
    await stopDuringQuery();
    pg.start();
    const count = await db.transaction(async (tx) => tx.$count(articles));
    expect(count).toBe(0);
  });
});

/** What the server is running now, seen from a separate short-lived connection. */
async function pgActivity(pg: ThrowawayPostgres): Promise<string> {
  const { default: postgres } = await import('postgres');
  const probe = postgres(pg.url, { max: 1, onnotice: () => {} });
  try {
    const rows = await probe<{ query: string }[]>`select query from pg_stat_activity where pid <> pg_backend_pid()`;
    return rows.map((r) => r.query).join('\n');
  } finally {
    await probe.end();
  }
}
