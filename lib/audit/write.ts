// No `server-only` marker: scripts/user.ts (through lib/staff.ts) records what it does too.
import type { Db } from '@/db/connect';
import { auditLog } from '@/db/schema';
import type { AuditAction } from './kinds';

/**
 * Records who changed what, in the caller's transaction when given one. `actorId` null is the
 * command line (scripts/user.ts, the first administrator at start-up).
 */
export async function recordAudit(
  db: Pick<Db, 'insert'>,
  actorId: number | null,
  action: AuditAction,
  entityType: string,
  entityId: string | number | null,
  data: Record<string, unknown> = {},
) {
  await db
    .insert(auditLog)
    .values({ actorId, action, entityType, entityId: entityId === null ? null : String(entityId), data });
}
