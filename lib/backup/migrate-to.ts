import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { Connection } from '@/db/connect';
import { migrationsFolder, readJournal } from './manifest';

/**
 * Applies the committed migrations up to and including the `level`-th, no further: a backup's rows
 * go into the schema they were read from, and later migrations then move them on as they would
 * have moved the original database. Drizzle's migrator applies what its journal lists, so it is
 * handed a copy of the journal cut at that level.
 */
export async function migrateTo(connection: Connection, level: number): Promise<void> {
  const journalFile = path.join(migrationsFolder(), 'meta', '_journal.json');
  const journal = JSON.parse(await fsp.readFile(journalFile, 'utf8')) as { entries: unknown[] };
  const entries = readJournal();
  if (level >= entries.length) return connection.migrate();
  const folder = await fsp.mkdtemp(path.join(os.tmpdir(), 'maydan-migrations-'));
  try {
    await fsp.mkdir(path.join(folder, 'meta'));
    const kept = entries.slice(0, level);
    await fsp.writeFile(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: kept }));
    for (const entry of kept)
      await fsp.copyFile(path.join(migrationsFolder(), `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
    const config = { migrationsFolder: folder };
    if (connection.kind === 'pglite') await migratePglite(connection.db as never, config);
    else await migratePostgres(connection.db as never, config);
  } finally {
    await fsp.rm(folder, { recursive: true, force: true });
  }
}
