/** Who may do what in the newsroom. Pure: imported by server code and by unit tests. */
export const roles = ['admin', 'editor', 'author', 'moderator'] as const;
export type Role = (typeof roles)[number];

export type Permission =
  | 'admin.enter'
  | 'article.create'
  | 'article.edit-any'
  | 'article.publish'
  | 'article.delete-any'
  | 'media.upload'
  | 'taxonomy.manage'
  /** Static pages (About, Contact, policies) and the header and footer menus. */
  | 'pages.manage'
  | 'comments.moderate'
  | 'staff.manage'
  | 'settings.manage'
  | 'audit.view';

const matrix: Record<Role, readonly Permission[]> = {
  admin: [
    'admin.enter',
    'article.create',
    'article.edit-any',
    'article.publish',
    'article.delete-any',
    'media.upload',
    'taxonomy.manage',
    'pages.manage',
    'comments.moderate',
    'staff.manage',
    'settings.manage',
    'audit.view',
  ],
  editor: [
    'admin.enter',
    'article.create',
    'article.edit-any',
    'article.publish',
    'article.delete-any',
    'media.upload',
    'taxonomy.manage',
    'pages.manage',
    'comments.moderate',
  ],
  author: ['admin.enter', 'article.create', 'media.upload'],
  moderator: ['admin.enter', 'comments.moderate'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return matrix[role].includes(permission);
}

/** The first admin screen a role may use: where sign-in and `/admin` take them. */
export function landingPath(role: Role): '/admin' | '/admin/comments' {
  return can(role, 'article.create') ? '/admin' : '/admin/comments';
}

export type ArticleAccess = {
  authorId: number;
  status: 'draft' | 'pending' | 'scheduled' | 'published' | 'archived';
  deleted: boolean;
};

/**
 * Editors and admins edit any article. Authors edit their own while it is a draft or waiting
 * for review: once scheduled or published, changes go through an editor.
 */
export function canEditArticle(actor: { id: number; role: Role }, article: ArticleAccess): boolean {
  if (can(actor.role, 'article.edit-any')) return true;
  if (!can(actor.role, 'article.create')) return false;
  return (
    article.authorId === actor.id && !article.deleted && (article.status === 'draft' || article.status === 'pending')
  );
}

export function canViewArticle(actor: { id: number; role: Role }, article: Pick<ArticleAccess, 'authorId'>): boolean {
  return can(actor.role, 'article.edit-any') || (can(actor.role, 'article.create') && article.authorId === actor.id);
}

export type Transition = 'submit' | 'publish' | 'schedule' | 'unpublish' | 'archive' | 'trash' | 'restore';

/** Which workflow moves a role may make from a status. */
export function canTransition(
  actor: { id: number; role: Role },
  article: ArticleAccess,
  transition: Transition,
): boolean {
  const own = article.authorId === actor.id;
  const editor = can(actor.role, 'article.publish');
  if (transition === 'restore')
    return article.deleted && (can(actor.role, 'article.delete-any') || (own && can(actor.role, 'article.create')));
  if (article.deleted) return false;
  switch (transition) {
    case 'submit':
      return article.status === 'draft' && (editor || (own && can(actor.role, 'article.create')));
    case 'publish':
    case 'schedule':
      // A published story is online already: publishing again would only move its date, and
      // scheduling it would take it offline until then (unpublish first, with a confirmation).
      return editor && article.status !== 'archived' && article.status !== 'published';
    case 'unpublish':
      return (
        editor && (article.status === 'published' || article.status === 'scheduled' || article.status === 'archived')
      );
    case 'archive':
      return editor && article.status === 'published';
    case 'trash':
      return (
        can(actor.role, 'article.delete-any') ||
        (own && can(actor.role, 'article.create') && (article.status === 'draft' || article.status === 'pending'))
      );
  }
}

/** Everyone edits their own names (bylines); administrators edit anyone's. */
export function canEditStaffNames(actor: { id: number; role: Role }, staffId: number): boolean {
  return actor.id === staffId || can(actor.role, 'staff.manage');
}
