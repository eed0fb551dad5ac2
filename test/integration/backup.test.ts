import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles, comments } from '@/db/schema';
import { writeBackup } from '@/lib/backup/create';
import { restoreBackup } from '@/lib/backup/restore';
import { createTestDatabase } from '../support/database';
import { fileDigests, rowsOf, seedSite, tableCounts } from './backup-support';

type TestDb = Awaited<ReturnType<typeof createTestDatabase>>;

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-backup-test-'));
const sourceUploads = path.join(folder, 'source', 'uploads');
const archive = path.join(folder, 'site.tar.gz');
let source: TestDb;
const targets: TestDb[] = [];

async function freshTarget() {
  const target = await createTestDatabase();
  targets.push(target);
  return target;
}

beforeAll(async () => {
  source = await createTestDatabase();
  await seedSite(source.db, sourceUploads);
  await writeBackup(source.db, archive, { driver: source.kind, uploadsRoot: sourceUploads, workDir: folder });
});

afterAll(async () => {
  for (const target of targets) await target.dispose();
  await source?.dispose();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe(`backup and restore (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('writes a private archive holding the manifest, one file per table and the uploads', async () => {
    expect(fs.statSync(archive).mode & 0o777).toBe(0o600);
    const names: string[] = [];
    await tar.list({ file: archive, onReadEntry: (entry) => void names.push(entry.path) });
    expect(names).toContain('manifest.json');
    expect(names).toContain('tables/users.jsonl');
    expect(names).toContain('tables/articles.jsonl');
    expect(names.some((n) => n.startsWith('uploads/') && n.endsWith('.webp'))).toBe(true);
  });

  it('restores into a fresh database and uploads folder: same rows, same files', async () => {
    const target = await freshTarget();
    const uploads = path.join(folder, 'restored', 'uploads');
    const restored = await restoreBackup(target, archive, { uploadsRoot: uploads });
    if (!restored.ok) throw new Error(restored.detail);
    const { manifest } = restored;

    const counts = await tableCounts(source.db);
    expect(counts.articles).toBeGreaterThan(50);
    expect(counts.comments).toBeGreaterThan(0);
    expect(counts.media).toBeGreaterThan(20);
    expect(await tableCounts(target.db)).toEqual(counts);
    expect(Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]))).toEqual(counts);

    for (const table of ['users', 'articles', 'media', 'comments', 'settings'] as const) {
      const order = table === 'settings' ? 'key' : 'id';
      expect(await rowsOf(target.db, table, order)).toEqual(await rowsOf(source.db, table, order));
    }
    expect(await rowsOf(target.db, 'article_tags', 'article_id, tag_id')).toEqual(
      await rowsOf(source.db, 'article_tags', 'article_id, tag_id'),
    );

    const files = fileDigests(uploads);
    expect(Object.keys(files).length).toBeGreaterThan(50);
    expect(files).toEqual(fileDigests(sourceUploads));

    // Identity sequences continue after the restored ids.
    const [maxComment] = await rowsOf(target.db, 'comments', 'id desc');
    const [article] = await target.db.select({ id: articles.id }).from(articles).limit(1);
    const [added] = await target.db
      .insert(comments)
      .values({
        articleId: article!.id,
        name: 'After',
        email: 'after@example.org',
        body: 'New comment after the restore',
      })
      .returning({ id: comments.id });
    expect(added!.id).toBeGreaterThan((maxComment as { id: number }).id);
  });

  it('refuses a database that already has rows, and an uploads folder that is not empty', async () => {
    expect(await restoreBackup(source, archive, { uploadsRoot: path.join(folder, 'elsewhere') })).toEqual({
      ok: false,
      reason: 'refused',
      detail: expect.stringMatching(/database is not empty/),
    });
    const target = await freshTarget();
    expect(await restoreBackup(target, archive, { uploadsRoot: sourceUploads })).toEqual({
      ok: false,
      reason: 'refused',
      detail: expect.stringMatching(/uploads folder .* is not empty/),
    });
    expect(await tableCounts(target.db)).toEqual(
      Object.fromEntries(Object.keys(await tableCounts(target.db)).map((t) => [t, 0])),
    );
  });

  it('leaves the target empty when the restore fails midway', async () => {
    // The same archive with one comment that breaks a constraint: earlier tables insert fine first.
    const work = path.join(folder, 'broken');
    fs.mkdirSync(work);
    await tar.extract({ file: archive, cwd: work });
    const commentsFile = path.join(work, 'tables', 'comments.jsonl');
    const lines = fs.readFileSync(commentsFile, 'utf8').trimEnd().split('\n');
    fs.appendFileSync(commentsFile, `${lines[0]}\n`);
    const manifestFile = path.join(work, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { tables: { name: string; rows: number }[] };
    const entry = manifest.tables.find((t) => t.name === 'comments');
    entry!.rows += 1;
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    const broken = path.join(folder, 'broken.tar.gz');
    await tar.create({ gzip: true, file: broken, cwd: work }, ['manifest.json', 'tables', 'uploads']);

    const target = await freshTarget();
    const uploads = path.join(folder, 'broken-target', 'uploads');
    await expect(restoreBackup(target, broken, { uploadsRoot: uploads })).rejects.toThrow();
    const counts = await tableCounts(target.db);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    expect(fileDigests(uploads)).toEqual({});
    expect(fs.readdirSync(path.dirname(uploads))).toEqual([]);
  });

  it('refuses a file that is not a backup', async () => {
    const junk = path.join(folder, 'junk.tar.gz');
    fs.writeFileSync(junk, 'not an archive');
    const target = await freshTarget();
    expect(await restoreBackup(target, junk, { uploadsRoot: path.join(folder, 'junk-target', 'uploads') })).toEqual({
      ok: false,
      reason: 'refused',
      detail: expect.stringMatching(/could not be read|not a Maydan backup/),
    });
  });
});
