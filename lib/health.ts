import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import journal from '@/db/migrations/meta/_journal.json';

export type Readiness =
  | { ready: true; migrations: number }
  | { ready: false; reason: 'database-unreachable' | 'migrations-missing' | 'timeout' };

/** The newest migration this build expects; drizzle records each applied one's `when`. */
const expectedMigration = Math.max(...journal.entries.map((entry) => entry.when));

/**
 * Whether this instance can serve: the database answers and every migration of this build is
 * applied. Bounded by `timeoutMs`, so a load balancer's probe never hangs on a dead server.
 * Nothing from the error (host, user, query) is returned.
 */
export async function checkReadiness(getDb: () => Db, timeoutMs = 3_000): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: 'timeout' }), timeoutMs);
  });
  try {
    return await Promise.race([probe(getDb), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function probe(getDb: () => Db): Promise<Readiness> {
  let db: Db;
  try {
    db = getDb();
    await db.execute(sql`select 1`);
  } catch {
    return { ready: false, reason: 'database-unreachable' };
  }
  try {
    const result = await db.execute(
      sql`select count(*)::int as count, max(created_at)::text as newest from drizzle.__drizzle_migrations`,
    );
    // postgres.js returns an array of rows, PGlite `{ rows }`.
    const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as {
      count: number;
      newest: string | null;
    }[];
    const row = rows[0];
    if (!row || row.newest === null || Number(row.newest) < expectedMigration)
      return { ready: false, reason: 'migrations-missing' };
    return { ready: true, migrations: row.count };
  } catch {
    // No migrations table: the database was never migrated.
    return { ready: false, reason: 'migrations-missing' };
  }
}
