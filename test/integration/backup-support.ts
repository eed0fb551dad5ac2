import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import type { Db } from '@/db/connect';
import { comments } from '@/db/schema';
import { seedDemo } from '@/scripts/demo/seed';
import { ensureFirstAdmin } from '@/lib/first-admin';
import { listTables, qualified, queryRows } from '@/lib/backup/catalog';
import { storeImage } from '@/lib/media/store';

const fixedNow = new Date('2026-11-02T09:00:00Z');

/** The demo publication, its first admin, an image uploaded after it and a staff reply, as a site would have. */
export async function seedSite(db: Db, uploadsRoot: string) {
  await seedDemo(db, { now: fixedNow, uploadsRoot });
  await ensureFirstAdmin(db);
  const png = await sharp({ create: { width: 640, height: 360, channels: 3, background: '#2a6f97' } })
    .png()
    .toBuffer();
  const stored = await storeImage(png, 'uploaded-photo', uploadsRoot);
  if (!stored.ok) throw new Error(`The test image was refused (${stored.reason})`);
  const [parent] = await db.select({ id: comments.id, articleId: comments.articleId }).from(comments).limit(1);
  if (!parent) throw new Error('The demo has no comment');
  await db.insert(comments).values({
    articleId: parent.articleId,
    parentId: parent.id,
    name: 'Staff',
    email: 'staff@example.org',
    body: 'Reply «مرحبا» — 🙂',
    status: 'approved',
  });
}

export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await listTables(db)) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql.raw(`select count(*)::int as n from ${qualified(table.name)}`),
    );
    counts[table.name] = row?.n ?? -1;
  }
  return counts;
}

/**
 * Whole rows as PostgreSQL renders them to JSON (timestamps normalized to UTC), in key order.
 * Search documents are left out: each database derives them with its own stemmers (PGlite's
 * PostgreSQL 18 stems some English words unlike PostgreSQL 15); `searchableArticles` checks them.
 */
export async function rowsOf(db: Db, table: string, orderBy = 'id'): Promise<unknown[]> {
  await db.execute(sql`set time zone 'UTC'`);
  const rows = await queryRows<{ row: unknown }>(
    db,
    sql.raw(`select to_jsonb(t) - 'search_vector' as row from ${qualified(table)} t order by ${orderBy}`),
  );
  return rows.map((r) => (typeof r.row === 'string' ? JSON.parse(r.row) : r.row));
}

/** Ids of the articles whose search document, built by this database, matches their own headline. */
export async function searchableArticles(db: Db): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select id from articles
        where search_vector @@ plainto_tsquery(maydan_search_config(locale), maydan_search_normalize(title))
        order by id`,
  );
  return rows.map((r) => r.id);
}

/** Relative path → sha256 of every file under `root`. */
export function fileDigests(root: string): Record<string, string> {
  const digests: Record<string, string> = {};
  if (!fs.existsSync(root)) return digests;
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    digests[path.relative(root, full)] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return digests;
}
