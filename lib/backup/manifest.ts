import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Bumped when the archive layout changes in a way older code cannot read. */
export const BACKUP_FORMAT = 'maydan-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const TABLES_FOLDER = 'tables';
export const UPLOADS_FOLDER = 'uploads';

const identifier = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/);

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  driver: z.enum(['postgres', 'pglite']),
  /** The migration the database had reached: restore migrates the target to exactly this one first. */
  migration: z.object({
    level: z.number().int().min(0),
    tag: z.string().nullable(),
    when: z.number().int().nullable(),
  }),
  /** In insert order (parents first). */
  tables: z.array(z.object({ name: identifier, rows: z.number().int().min(0), columns: z.array(identifier).min(1) })),
  uploads: z.object({ files: z.number().int().min(0), bytes: z.number().int().min(0) }),
});

export type Manifest = z.infer<typeof manifestSchema>;

export type JournalEntry = { idx: number; when: number; tag: string };

export function migrationsFolder(): string {
  return path.join(process.cwd(), 'db', 'migrations');
}

/** The committed migrations, in order (drizzle-kit's journal). */
export function readJournal(folder = migrationsFolder()): JournalEntry[] {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return [...journal.entries].sort((a, b) => a.idx - b.idx);
}

/**
 * Where a database stands, from drizzle's own record of applied migrations (their `created_at`
 * is the journal entry's `when`): the number applied and the last one's tag.
 */
export function migrationLevel(appliedWhen: number[], journal: JournalEntry[]): Manifest['migration'] {
  if (appliedWhen.length === 0) return { level: 0, tag: null, when: null };
  const last = Math.max(...appliedWhen);
  const entry = journal.find((e) => e.when === last);
  return { level: appliedWhen.length, tag: entry?.tag ?? null, when: last };
}

export function backupFileName(now = new Date()): string {
  return `maydan-backup-${now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')}.tar.gz`;
}
