import type { Db } from '@/db/connect';
import { auditLog } from '@/db/schema';

export type AuditAction =
  | 'article.create'
  | 'article.update'
  | 'article.submit'
  | 'article.publish'
  | 'article.schedule'
  | 'article.unpublish'
  | 'article.archive'
  | 'article.trash'
  | 'article.restore'
  | 'article.revision-restore'
  | 'staff.create'
  | 'staff.role'
  | 'staff.disable'
  | 'staff.enable'
  | 'staff.password'
  | 'staff.names'
  | 'section.save'
  | 'tag.save'
  | 'tag.merge'
  | 'setting.update'
  | 'comment.moderate'
  | 'backup.download';

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
