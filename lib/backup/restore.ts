// No `server-only` marker: scripts/restore.ts imports this outside Next.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { sql } from 'drizzle-orm';
import type { Connection } from '@/db/connect';
import { ok, type Ok } from '../result';
import { listTables, qualified, queryRows, quoteIdent, type Executor, type TableInfo } from './catalog';
import { migrateTo } from './migrate-to';
import {
  MANIFEST_FILE,
  TABLES_FOLDER,
  UPLOADS_FOLDER,
  manifestSchema,
  migrationLevel,
  readJournal,
  type Manifest,
} from './manifest';
import { ArchiveUnreadableError, unpackArchive } from './unpack';

const INSERT_ROWS = 500;
const INSERT_BYTES = 4 * 1024 * 1024;

/** Thrown inside the restore (so that the transaction rolls back), answered as a refusal. */
class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

export type RestoreOptions = { uploadsRoot: string };

/** `detail`: why, in words for the person at the command line. */
export type RestoreResult = Ok<{ manifest: Manifest }> | { ok: false; reason: 'refused'; detail: string };

/**
 * Restores an archive written by writeBackup into an EMPTY database and an empty uploads folder;
 * a file that is not a backup, a target that is not empty or a backup of another version is
 * refused, and nothing is written. A damaged archive or a failing database still throws, also
 * without leaving a row behind.
 */
export async function restoreBackup(
  connection: Connection,
  file: string,
  options: RestoreOptions,
): Promise<RestoreResult> {
  try {
    return ok({ manifest: await restoreInto(connection, file, options) });
  } catch (error) {
    if (error instanceof RestoreRefusedError || error instanceof ArchiveUnreadableError)
      return { ok: false, reason: 'refused', detail: error.message };
    throw error;
  }
}

/**
 * The target is first migrated to the archive's migration, then every row is inserted in one
 * transaction (a failure leaves no row behind), then the remaining migrations run, and only then
 * do the images move into place.
 */
async function restoreInto(connection: Connection, file: string, options: RestoreOptions): Promise<Manifest> {
  const { db } = connection;
  await assertEmptyFolder(options.uploadsRoot);
  const parent = path.dirname(options.uploadsRoot);
  await fsp.mkdir(parent, { recursive: true });
  // Beside the uploads folder, so that moving the images in is a rename on one file system.
  const staging = await fsp.mkdtemp(path.join(parent, '.maydan-restore-'));
  try {
    await unpackArchive(file, staging);
    const manifest = await readManifest(staging);
    const journal = readJournal();
    const { level, when } = manifest.migration;
    if (level > journal.length || (level > 0 && journal[level - 1]?.when !== when)) {
      throw new RestoreRefusedError(
        'This backup was made by a different version of Maydan (its migrations are not this version’s). Restore it with the version that made it.',
      );
    }
    await assertEmptyDatabase(db);
    const target = migrationLevel(await appliedMigrations(db), journal);
    if (target.level > level) {
      throw new RestoreRefusedError(
        'The target database is already migrated past this backup: restore into a new database (an empty DATA_DIR, or a new PostgreSQL database).',
      );
    }
    await migrateTo(connection, level);
    const tables = await listTables(db);
    const plan = planInserts(tables, manifest);
    await db.transaction(async (tx) => {
      for (const { table, expected } of plan) {
        const inserted = await insertTable(
          tx,
          table,
          expected.columns,
          path.join(staging, TABLES_FOLDER, `${table.name}.jsonl`),
        );
        if (inserted !== expected.rows)
          throw new Error(`Table ${table.name}: ${inserted} rows in the archive, the manifest says ${expected.rows}.`);
      }
      await resetSequences(tx);
    });
    await connection.migrate();
    await fsp.rm(options.uploadsRoot, { recursive: true, force: true });
    await fsp.rename(path.join(staging, UPLOADS_FOLDER), options.uploadsRoot);
    return manifest;
  } finally {
    await fsp.rm(staging, { recursive: true, force: true });
  }
}

async function readManifest(staging: string): Promise<Manifest> {
  let raw: unknown;
  try {
    raw = JSON.parse(await fsp.readFile(path.join(staging, MANIFEST_FILE), 'utf8'));
  } catch {
    throw new RestoreRefusedError('This file is not a Maydan backup (no readable manifest.json).');
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success)
    throw new RestoreRefusedError('This file is not a Maydan backup of a format this version can read.');
  for (const table of parsed.data.tables) {
    if (!fs.existsSync(path.join(staging, TABLES_FOLDER, `${table.name}.jsonl`))) {
      throw new RestoreRefusedError(`The backup is incomplete: the rows of ${table.name} are missing.`);
    }
  }
  await fsp.mkdir(path.join(staging, UPLOADS_FOLDER), { recursive: true });
  return parsed.data;
}

async function assertEmptyFolder(folder: string) {
  const entries = await fsp.readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (entries.length > 0)
    throw new RestoreRefusedError(
      `The uploads folder ${folder} is not empty: restore into a fresh DATA_DIR (or UPLOADS_DIR).`,
    );
}

async function assertEmptyDatabase(db: Executor) {
  for (const table of await listTables(db)) {
    const [row] = await queryRows<{ any: boolean }>(
      db,
      sql.raw(`select exists (select 1 from ${qualified(table.name)}) as "any"`),
    );
    if (row?.any)
      throw new RestoreRefusedError(
        `The target database is not empty (table ${table.name} has rows): restore only into a new, empty database.`,
      );
  }
}

async function appliedMigrations(db: Executor): Promise<number[]> {
  const [table] = await queryRows<{ exists: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as "exists"`,
  );
  if (!table?.exists) return [];
  const rows = await queryRows<{ when: string | number }>(
    db,
    sql`select created_at as "when" from drizzle.__drizzle_migrations`,
  );
  return rows.map((row) => Number(row.when));
}

/** The archive's tables in the target's dependency order; every archived column must exist in the target. */
function planInserts(tables: TableInfo[], manifest: Manifest) {
  const archived = new Map(manifest.tables.map((t) => [t.name, t]));
  const plan: { table: TableInfo; expected: Manifest['tables'][number] }[] = [];
  for (const table of tables) {
    const expected = archived.get(table.name);
    if (!expected) continue;
    archived.delete(table.name);
    const missing = expected.columns.filter((c) => !table.columns.includes(c));
    if (missing.length)
      throw new RestoreRefusedError(
        `The target table ${table.name} has no column ${missing.join(', ')}: the schemas differ.`,
      );
    plan.push({ table, expected });
  }
  if (archived.size)
    throw new RestoreRefusedError(
      `The target database has no table ${[...archived.keys()].join(', ')}: the schemas differ.`,
    );
  return plan;
}

/** Streams the table's JSON lines into INSERT … SELECT FROM json_populate_recordset, a batch at a time. */
async function insertTable(tx: Executor, table: TableInfo, columns: string[], file: string): Promise<number> {
  const list = columns.map(quoteIdent).join(', ');
  const overriding = table.identityAlways ? ' overriding system value' : '';
  const statement = (json: string) =>
    sql`insert into ${sql.raw(qualified(table.name))} (${sql.raw(list)})${sql.raw(overriding)} select ${sql.raw(list)} from json_populate_recordset(null::${sql.raw(qualified(table.name))}, ${json}::json)`;
  let count = 0;
  let batch: string[] = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await tx.execute(statement(`[${batch.join(',')}]`));
    count += batch.length;
    batch = [];
    bytes = 0;
  };
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    batch.push(line);
    bytes += line.length;
    if (batch.length >= INSERT_ROWS || bytes >= INSERT_BYTES) await flush();
  }
  await flush();
  return count;
}

/** Identity and serial sequences continue after the restored ids. */
async function resetSequences(tx: Executor) {
  const sequences = await queryRows<{ table: string; column: string; sequence: string }>(
    tx,
    sql`select c.relname as "table", a.attname as "column", pg_get_serial_sequence(format('public.%I', c.relname), a.attname) as "sequence"
        from pg_attribute a
        join pg_class c on c.oid = a.attrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
          and pg_get_serial_sequence(format('public.%I', c.relname), a.attname) is not null`,
  );
  for (const { table, column, sequence } of sequences) {
    await tx.execute(
      sql`select setval(${sequence}::regclass, coalesce((select max(${sql.raw(quoteIdent(column))}) from ${sql.raw(qualified(table))}), 0) + 1, false)`,
    );
  }
}
