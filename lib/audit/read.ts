import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { auditLog, users } from '@/db/schema';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import type { AuditAction } from './kinds';

// Admin reads answer a refusal with nothing (an empty page, an empty list): the page has
// already checked the permission, so a refusal here is a caller's mistake, and shows no rows.

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntry = {
  id: number;
  /** Null when the change came from the command line (or the account was deleted). */
  actorId: number | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  data: Record<string, unknown>;
  createdAt: string;
};

export type AuditPage = { items: AuditEntry[]; total: number; page: number; pageCount: number };

const emptyPage: AuditPage = { items: [], total: 0, page: 1, pageCount: 1 };

/** The log, newest first, for those allowed to read it (`audit.view`). */
export async function listAuditLog(
  db: Db,
  actor: Actor,
  options: { page?: number; action?: AuditAction; actorId?: number; pageSize?: number } = {},
): Promise<AuditPage> {
  if (!can(actor.role, 'audit.view')) return emptyPage;
  const pageSize = options.pageSize ?? AUDIT_PAGE_SIZE;
  const where = and(
    options.action ? eq(auditLog.action, options.action) : undefined,
    options.actorId ? eq(auditLog.actorId, options.actorId) : undefined,
  );
  const [{ total }] = (await db
    .select({ total: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(where)) as [{ total: number }];
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
  const rows = await db
    .select({
      id: auditLog.id,
      actorId: auditLog.actorId,
      actorName: users.name,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      data: auditLog.data,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })), total, page, pageCount };
}

/** Everyone who may appear in the log, for its "who" filter: names only, no addresses. */
export async function listAuditActors(db: Db, actor: Actor): Promise<{ id: number; name: string }[]> {
  if (!can(actor.role, 'audit.view')) return [];
  return db.select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name));
}
