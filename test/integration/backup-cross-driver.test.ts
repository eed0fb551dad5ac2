import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, type Connection } from '@/db/connect';
import { sections } from '@/db/schema';
import { queryRows } from '@/lib/backup/catalog';
import { writeBackup } from '@/lib/backup/create';
import { readJournal } from '@/lib/backup/manifest';
import { migrateTo } from '@/lib/backup/migrate-to';
import { restoreBackup } from '@/lib/backup/restore';
import { createTestDatabase } from '../support/database';
import { fileDigests, rowsOf, searchableArticles, seedSite, tableCounts } from './backup-support';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-backup-cross-'));
const open: { close?: () => Promise<void>; dispose?: () => Promise<void> }[] = [];
afterAll(async () => {
  for (const c of open.reverse()) await (c.dispose ?? c.close)?.();
  fs.rmSync(folder, { recursive: true, force: true });
});

function pglite(): Connection {
  const connection = connect({ dataDir: 'memory' });
  open.push(connection);
  return connection;
}

async function server() {
  const connection = await createTestDatabase();
  open.push(connection);
  return connection;
}

async function roundTrip(source: Connection, target: Connection, name: string) {
  const uploads = path.join(folder, name, 'source-uploads');
  await seedSite(source.db, uploads);
  const file = path.join(folder, `${name}.tar.gz`);
  await writeBackup(source.db, file, { driver: source.kind, uploadsRoot: uploads, workDir: folder });
  const restored = path.join(folder, name, 'target-uploads');
  expect((await restoreBackup(target, file, { uploadsRoot: restored })).ok).toBe(true);
  expect(await tableCounts(target.db)).toEqual(await tableCounts(source.db));
  for (const table of ['users', 'articles', 'comments', 'media', 'revisions']) {
    expect(await rowsOf(target.db, table)).toEqual(await rowsOf(source.db, table));
  }
  // Search documents are not copied: the target builds them with its own stemmers, and finds every story.
  const stories = await searchableArticles(source.db);
  expect(stories.length).toBeGreaterThan(0);
  expect(await searchableArticles(target.db)).toEqual(stories);
  expect(fileDigests(restored)).toEqual(fileDigests(uploads));
}

describe.skipIf(!process.env.DATABASE_URL)('backups across drivers (needs DATABASE_URL)', () => {
  it('restores an embedded-database backup into PostgreSQL', { timeout: 300_000 }, async () => {
    const source = pglite();
    await source.migrate();
    await roundTrip(source, await server(), 'pglite-to-postgres');
  });

  it('restores a PostgreSQL backup into the embedded database', { timeout: 300_000 }, async () => {
    await roundTrip(await server(), pglite(), 'postgres-to-pglite');
  });
});

describe('backups from an older migration', () => {
  it(
    'restores into the schema they were taken from, then applies the later migrations',
    { timeout: 300_000 },
    async () => {
      const journal = readJournal();
      const source = pglite();
      await migrateTo(source, journal.length - 1);
      // Written with the columns the first migration made: the current schema may have more.
      const [author] = await queryRows<{ id: number }>(
        source.db,
        sql`insert into users (email, name, slug, role) values ('old@example.org', 'Old Author', 'old-author', 'author') returning id`,
      );
      await source.db.insert(sections).values({ position: 3 });
      const file = path.join(folder, 'older.tar.gz');
      const manifest = await writeBackup(source.db, file, {
        driver: 'pglite',
        uploadsRoot: path.join(folder, 'older-none'),
        workDir: folder,
      });
      expect(manifest.migration.level).toBe(journal.length - 1);

      const migrated = pglite();
      await migrated.migrate();
      expect(await restoreBackup(migrated, file, { uploadsRoot: path.join(folder, 'older-a', 'uploads') })).toEqual({
        ok: false,
        reason: 'refused',
        detail: expect.stringMatching(/already migrated past this backup/),
      });

      const target = pglite();
      expect((await restoreBackup(target, file, { uploadsRoot: path.join(folder, 'older-b', 'uploads') })).ok).toBe(
        true,
      );
      const applied = await queryRows<{ n: number }>(
        target.db,
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      expect(applied[0]?.n).toBe(journal.length);
      // Every column the backup holds comes back as it was; columns a later migration added take
      // their defaults.
      const before = (await rowsOf(source.db, 'users')) as Record<string, unknown>[];
      const after = (await rowsOf(target.db, 'users')) as Record<string, unknown>[];
      expect(after.map((row, i) => Object.fromEntries(Object.keys(before[i] ?? {}).map((k) => [k, row[k]])))).toEqual(
        before,
      );
      expect(author?.id).toBeDefined();
      expect((await tableCounts(target.db)).sections).toBe(1);
    },
  );
});
