// No `server-only` marker: scripts/backup.ts and scripts/restore.ts import this outside Next.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/connect';

/** A transaction or the database: both can run raw SQL. */
export type Executor = Pick<Db, 'execute'>;

export type TableInfo = {
  name: string;
  /**
   * Columns a row is copied with: every column except generated ones (PostgreSQL computes those)
   * and text search documents, which the target rebuilds with its own stemmers on insert (the
   * triggers of migration 0009): PostgreSQL 15 and PGlite's 18 stem some words differently.
   */
  columns: string[];
  /** Identity columns declared GENERATED ALWAYS: an insert with their values needs OVERRIDING SYSTEM VALUE. */
  identityAlways: boolean;
  /** Primary-key columns, in key order: rows are copied in this order (parents before children in self-references). */
  primaryKey: string[];
  /** Tables this one references (other than itself). */
  references: string[];
};

/** postgres.js returns an array, PGlite `{ rows }`. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const qualified = (table: string) => `public.${quoteIdent(table)}`;

/**
 * The application's tables as the database itself describes them (schema `public`; drizzle's
 * migration bookkeeping lives in schema `drizzle`), ordered so that every table comes after the
 * tables it references. Reading the catalog rather than db/schema.ts keeps a backup complete
 * when a migration adds a table.
 */
export async function listTables(db: Executor): Promise<TableInfo[]> {
  const columnRows = await queryRows<{
    table: string;
    column: string;
    identity: string;
    generated: string;
    derived: boolean;
  }>(
    db,
    sql`select c.relname as "table", a.attname as "column", a.attidentity::text as "identity", a.attgenerated::text as "generated",
          a.atttypid = 'pg_catalog.tsvector'::regtype as "derived"
        from pg_attribute a
        join pg_class c on c.oid = a.attrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
        order by c.relname, a.attnum`,
  );
  const keyRows = await queryRows<{ table: string; column: string }>(
    db,
    sql`select c.relname as "table", a.attname as "column"
        from pg_index i
        join pg_class c on c.oid = i.indrelid
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum = any(i.indkey)
        where n.nspname = 'public' and i.indisprimary
        order by c.relname, array_position(i.indkey::int2[], a.attnum)`,
  );
  const referenceRows = await queryRows<{ table: string; references: string }>(
    db,
    sql`select distinct c.relname as "table", r.relname as "references"
        from pg_constraint k
        join pg_class c on c.oid = k.conrelid
        join pg_class r on r.oid = k.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = 'public' and c.oid <> r.oid`,
  );

  const tables = new Map<string, TableInfo>();
  for (const row of columnRows) {
    let table = tables.get(row.table);
    if (!table) {
      table = { name: row.table, columns: [], identityAlways: false, primaryKey: [], references: [] };
      tables.set(row.table, table);
    }
    if ((row.generated && row.generated !== '\u0000') || row.derived) continue;
    table.columns.push(row.column);
    if (row.identity === 'a') table.identityAlways = true;
  }
  for (const row of keyRows) tables.get(row.table)?.primaryKey.push(row.column);
  for (const row of referenceRows) tables.get(row.table)?.references.push(row.references);
  return dependencyOrder([...tables.values()]);
}

/** Parents first. A reference cycle between tables would make a plain insert order impossible. */
export function dependencyOrder(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: TableInfo[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: TableInfo, path: string[]) => {
    const seen = state.get(table.name);
    if (seen === 'done') return;
    if (seen === 'visiting')
      throw new Error(`Tables reference each other in a cycle: ${[...path, table.name].join(' → ')}`);
    state.set(table.name, 'visiting');
    for (const parent of table.references) {
      const parentTable = byName.get(parent);
      if (parentTable) visit(parentTable, [...path, table.name]);
    }
    state.set(table.name, 'done');
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(table, []);
  return ordered;
}
