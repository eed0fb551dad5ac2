// Pure: the admin's dictionaries and the audit filter read it; no database here.

/** Every kind of change the audit log records, in the order the log's filter lists them. */
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
  'article.correct',
  'staff.create',
  'staff.role',
  'staff.disable',
  'staff.enable',
  'staff.password',
  'staff.names',
  'staff.profile',
  'section.save',
  'tag.save',
  'tag.merge',
  'setting.update',
  'breaking.add',
  'breaking.end',
  'menu.add',
  'menu.move',
  'menu.remove',
  'comment.moderate',
  'backup.download',
] as const;

export type AuditAction = (typeof auditActions)[number];
