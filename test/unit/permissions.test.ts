import { describe, expect, it } from 'vitest';
import {
  can,
  canEditArticle,
  canEditStaffNames,
  canTransition,
  canViewArticle,
  isRole,
  roles,
  type ArticleAccess,
  type Permission,
  type Role,
  type Transition,
} from '@/lib/auth/permissions';

const permissions = [
  'admin.enter',
  'article.create',
  'article.edit-any',
  'article.publish',
  'article.delete-any',
  'media.upload',
  'taxonomy.manage',
  'comments.moderate',
  'staff.manage',
  'settings.manage',
  'audit.view',
] as const satisfies readonly Permission[];
// A permission added to lib/auth/permissions.ts but not listed here fails the type check.
const everyPermissionListed: Exclude<Permission, (typeof permissions)[number]> extends never ? true : false = true;

/** The newsroom's rules, written out by hand: what each role may do. */
const expected: Record<Role, readonly Permission[]> = {
  admin: permissions,
  editor: [
    'admin.enter',
    'article.create',
    'article.edit-any',
    'article.publish',
    'article.delete-any',
    'media.upload',
    'taxonomy.manage',
    'comments.moderate',
  ],
  author: ['admin.enter', 'article.create', 'media.upload'],
  moderator: ['admin.enter', 'comments.moderate'],
};

const statuses = ['draft', 'pending', 'scheduled', 'published', 'archived'] as const;
const transitions = [
  'submit',
  'publish',
  'schedule',
  'unpublish',
  'archive',
  'trash',
  'restore',
] as const satisfies readonly Transition[];
const everyTransitionListed: Exclude<Transition, (typeof transitions)[number]> extends never ? true : false = true;

type Who = 'admin' | 'editor' | 'authorOwn' | 'authorOther' | 'moderatorOwn' | 'moderatorOther';
const actors: Record<Who, { role: Role; own: boolean }> = {
  admin: { role: 'admin', own: false },
  editor: { role: 'editor', own: false },
  authorOwn: { role: 'author', own: true },
  authorOther: { role: 'author', own: false },
  moderatorOwn: { role: 'moderator', own: true },
  moderatorOther: { role: 'moderator', own: false },
};

/**
 * One letter per status (draft, pending, scheduled, published, archived): Y allowed, . refused.
 * `live` is an article not in the trash, `trashed` one in the trash.
 */
const workflow: Record<Transition, Record<'live' | 'trashed', Record<Who, string>>> = {
  submit: {
    live: {
      admin: 'Y....',
      editor: 'Y....',
      authorOwn: 'Y....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
    trashed: {
      admin: '.....',
      editor: '.....',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
  },
  publish: {
    live: {
      admin: 'YYY..',
      editor: 'YYY..',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
    trashed: {
      admin: '.....',
      editor: '.....',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
  },
  schedule: {
    live: {
      admin: 'YYY..',
      editor: 'YYY..',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
    trashed: {
      admin: '.....',
      editor: '.....',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
  },
  unpublish: {
    live: {
      admin: '..YYY',
      editor: '..YYY',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
    trashed: {
      admin: '.....',
      editor: '.....',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
  },
  archive: {
    live: {
      admin: '...Y.',
      editor: '...Y.',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
    trashed: {
      admin: '.....',
      editor: '.....',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
  },
  trash: {
    live: {
      admin: 'YYYYY',
      editor: 'YYYYY',
      authorOwn: 'YY...',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
    trashed: {
      admin: '.....',
      editor: '.....',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
  },
  restore: {
    live: {
      admin: '.....',
      editor: '.....',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
    trashed: {
      admin: 'YYYYY',
      editor: 'YYYYY',
      authorOwn: 'YYYYY',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
  },
};

/** Who may open an article in the editor, per status, live and trashed. */
const editing: Record<'live' | 'trashed', Record<Who, string>> = {
  live: {
    admin: 'YYYYY',
    editor: 'YYYYY',
    authorOwn: 'YY...',
    authorOther: '.....',
    moderatorOwn: '.....',
    moderatorOther: '.....',
  },
  trashed: {
    admin: 'YYYYY',
    editor: 'YYYYY',
    authorOwn: '.....',
    authorOther: '.....',
    moderatorOwn: '.....',
    moderatorOther: '.....',
  },
};

const ACTOR_ID = 7;
function article(who: Who, status: ArticleAccess['status'], deleted: boolean): ArticleAccess {
  return { authorId: actors[who].own ? ACTOR_ID : ACTOR_ID + 1, status, deleted };
}

describe('permission matrix', () => {
  it('lists every permission and transition', () => {
    expect(everyPermissionListed).toBe(true);
    expect(everyTransitionListed).toBe(true);
    expect([...roles].sort()).toEqual(['admin', 'author', 'editor', 'moderator']);
  });

  for (const role of roles) {
    for (const permission of permissions) {
      const allowed = expected[role].includes(permission);
      it(`${role} ${allowed ? 'may' : 'may not'} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }

  it('recognizes roles and nothing else', () => {
    for (const role of roles) expect(isRole(role)).toBe(true);
    for (const value of ['Admin', 'root', '', null, undefined, 1, 'admin ']) expect(isRole(value)).toBe(false);
  });
});

describe('canEditArticle and canViewArticle', () => {
  for (const who of Object.keys(actors) as Who[]) {
    for (const state of ['live', 'trashed'] as const) {
      it(`${who}, ${state} article`, () => {
        const actor = { id: ACTOR_ID, role: actors[who].role };
        const got = statuses
          .map((s) => (canEditArticle(actor, article(who, s, state === 'trashed')) ? 'Y' : '.'))
          .join('');
        expect(got).toBe(editing[state][who]);
      });
    }
    it(`${who} viewing`, () => {
      const actor = { id: ACTOR_ID, role: actors[who].role };
      const mayView = who === 'admin' || who === 'editor' || who === 'authorOwn';
      expect(canViewArticle(actor, article(who, 'draft', false))).toBe(mayView);
    });
  }
});

describe('canTransition', () => {
  for (const transition of transitions) {
    for (const state of ['live', 'trashed'] as const) {
      for (const who of Object.keys(actors) as Who[]) {
        it(`${transition}: ${who}, ${state} article, for each status`, () => {
          const actor = { id: ACTOR_ID, role: actors[who].role };
          const got = statuses
            .map((s) => (canTransition(actor, article(who, s, state === 'trashed'), transition) ? 'Y' : '.'))
            .join('');
          expect(got).toBe(workflow[transition][state][who]);
        });
      }
    }
  }
});

describe('admin page gate (lib/auth/admin-gate)', () => {
  it('maps each admin page to the permission its whole audience needs', async () => {
    const { adminPagePermission } = await import('@/lib/auth/admin-gate');
    expect(adminPagePermission('/admin/staff')).toBe('staff.manage');
    expect(adminPagePermission('/admin/staff/')).toBe('staff.manage');
    expect(adminPagePermission('/admin/audit')).toBe('audit.view');
    expect(adminPagePermission('/admin/sections')).toBe('taxonomy.manage');
    expect(adminPagePermission('/admin/tags')).toBe('taxonomy.manage');
    expect(adminPagePermission('/admin/comments')).toBe('comments.moderate');
    expect(adminPagePermission('/admin/settings')).toBe('settings.manage');
    expect(adminPagePermission('/admin/articles/3')).toBe('article.create');
    expect(adminPagePermission('/admin/articles/new')).toBe('article.create');
    for (const path of [
      '/admin',
      '/admin/login',
      '/admin/articlesx',
      '/admin/staffing',
      '/en/tag/x',
      '/admin/tags/extra',
    ]) {
      expect(adminPagePermission(path)).toBeNull();
    }
  });

  it('writes a localized, self-contained 403 document', async () => {
    const { forbiddenDocument } = await import('@/lib/auth/admin-gate');
    const ar = forbiddenDocument('ar', 'author');
    expect(ar).toContain('<html lang="ar" dir="rtl">');
    expect(ar).toContain('<h1>غير مسموح</h1>');
    expect(ar).toContain('href="/admin"');
    expect(ar).not.toContain('<script');
    const fr = forbiddenDocument('fr', 'moderator');
    expect(fr).toContain('<html lang="fr" dir="ltr">');
    expect(fr).toContain('Accès refusé');
    expect(fr).toContain('href="/admin/comments"');
  });
});

describe('canEditStaffNames', () => {
  it('lets everyone edit their own names and only administrators edit anyone’s', () => {
    for (const role of roles) {
      expect(canEditStaffNames({ id: 7, role }, 7)).toBe(true);
      expect(canEditStaffNames({ id: 7, role }, 8)).toBe(role === 'admin');
    }
  });
});
