import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { auditLog, users } from '@/db/schema';
import type { AuditAction } from './audit';

/** Every action the log records, in the order the filter lists them. */
export const auditActions = [
  'article.create',
  'article.update',
  'article.submit',
  'article.publish',
  'article.schedule',
  'article.unpublish',
  'article.archive',
  'article.trash',
  'article.restore',
  'article.revision-restore',
  'staff.create',
  'staff.role',
  'staff.disable',
  'staff.enable',
  'staff.password',
  'staff.names',
  'section.save',
  'tag.save',
  'tag.merge',
  'setting.update',
  'comment.moderate',
  'backup.download',
] as const satisfies readonly AuditAction[];

// A missing action in the list above fails the type check here.
type Missing = Exclude<AuditAction, (typeof auditActions)[number]>;
const _allListed: [Missing] extends [never] ? true : Missing = true;
void _allListed;

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

export async function listAuditLog(
  db: Db,
  options: { page?: number; action?: AuditAction; actorId?: number; pageSize?: number } = {},
): Promise<AuditPage> {
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
