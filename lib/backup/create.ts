// No `server-only` marker: scripts/backup.ts imports this outside Next.
import { once } from 'node:events';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import * as tar from 'tar';
import type { Db } from '@/db/connect';
import { listTables, qualified, queryRows, quoteIdent, type Executor, type TableInfo } from './catalog';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_FILE,
  TABLES_FOLDER,
  UPLOADS_FOLDER,
  migrationLevel,
  readJournal,
  type Manifest,
} from './manifest';

const FETCH_ROWS = 500;

export type BackupOptions = {
  driver: Manifest['driver'];
  uploadsRoot: string;
  /** Where the table files and the uploads' links are staged; the same file system as uploadsRoot avoids copying images. */
  workDir?: string;
  now?: Date;
};

/**
 * Writes a backup archive (.tar.gz, mode 0600: it holds password hashes) to `file`, which must not
 * exist. Every table is read inside one read-only REPEATABLE READ transaction, so the copy is
 * consistent while the site keeps writing; rows are streamed to disk in batches of FETCH_ROWS.
 */
export async function writeBackup(db: Db, file: string, options: BackupOptions): Promise<Manifest> {
  // Claimed first, so an existing file (an earlier backup) is refused before any work and never removed.
  const output = await fsp.open(file, 'wx', 0o600);
  let staging: string | undefined;
  let written = false;
  try {
    const stage = await fsp.mkdtemp(path.join(options.workDir ?? os.tmpdir(), '.maydan-backup-'));
    staging = stage;
    await fsp.mkdir(path.join(stage, TABLES_FOLDER));
    const { tables, applied } = await db.transaction(
      async (tx) => {
        const tables = await listTables(tx);
        const applied = await queryRows<{ when: string | number }>(
          tx,
          sql`select created_at as "when" from drizzle.__drizzle_migrations`,
        );
        const counted: Manifest['tables'] = [];
        for (const table of tables) {
          const rows = await dumpTable(tx, table, path.join(stage, TABLES_FOLDER, `${table.name}.jsonl`));
          counted.push({ name: table.name, rows, columns: table.columns });
        }
        return { tables: counted, applied: applied.map((row) => Number(row.when)) };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    // After the snapshot: an image uploaded meanwhile is harmless extra; its file is written before its row.
    const uploads = await linkTree(options.uploadsRoot, path.join(stage, UPLOADS_FOLDER));
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      createdAt: (options.now ?? new Date()).toISOString(),
      driver: options.driver,
      migration: migrationLevel(applied, readJournal()),
      tables,
      uploads,
    };
    await fsp.writeFile(path.join(stage, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    await pipeline(
      tar.create({ gzip: true, cwd: stage, portable: true }, [MANIFEST_FILE, TABLES_FOLDER, UPLOADS_FOLDER]),
      output.createWriteStream(),
    );
    await fsp.chmod(file, 0o600);
    written = true;
    return manifest;
  } finally {
    await output.close().catch(() => {});
    if (!written) await fsp.rm(file, { force: true });
    if (staging) await fsp.rm(staging, { recursive: true, force: true });
  }
}

/** One JSON object per line (row_to_json: PostgreSQL's own text forms, the same for both drivers). */
async function dumpTable(tx: Executor, table: TableInfo, file: string): Promise<number> {
  const columns = table.columns.map(quoteIdent).join(', ');
  const order = table.primaryKey.length ? ` order by ${table.primaryKey.map(quoteIdent).join(', ')}` : '';
  const out = fs.createWriteStream(file, { mode: 0o600 });
  let rows = 0;
  try {
    await tx.execute(
      sql.raw(
        `declare maydan_backup no scroll cursor for select row_to_json(x)::text as line from (select ${columns} from ${qualified(table.name)}${order}) x`,
      ),
    );
    for (;;) {
      const batch = await queryRows<{ line: string }>(tx, sql.raw(`fetch forward ${FETCH_ROWS} from maydan_backup`));
      if (batch.length === 0) break;
      rows += batch.length;
      if (!out.write(`${batch.map((row) => row.line).join('\n')}\n`)) await once(out, 'drain');
    }
    await tx.execute(sql.raw('close maydan_backup'));
  } finally {
    out.end();
    await once(out, 'close');
  }
  return rows;
}

/**
 * Mirrors the uploads folder with hard links (a copy across file systems): a fixed set of files
 * to archive, however long packing takes. Files that vanish meanwhile are skipped.
 */
async function linkTree(from: string, to: string): Promise<Manifest['uploads']> {
  const totals = { files: 0, bytes: 0 };
  await fsp.mkdir(to, { recursive: true });
  let entries: fs.Dirent[];
  try {
    entries = await fsp.readdir(from, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return totals;
    throw error;
  }
  for (const entry of entries) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      const sub = await linkTree(source, target);
      totals.files += sub.files;
      totals.bytes += sub.bytes;
    } else if (entry.isFile()) {
      try {
        await fsp.link(source, target).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code === 'EXDEV' || error.code === 'EPERM') await fsp.copyFile(source, target);
          else throw error;
        });
        totals.files += 1;
        totals.bytes += (await fsp.stat(target)).size;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
  return totals;
}
