import { describe, expect, it } from 'vitest';
import { can, canEditStaffNames, isRole, roles, type Permission, type Role } from '@/lib/auth/permissions';

const permissions = [
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
    'pages.manage',
    'comments.moderate',
  ],
  author: ['admin.enter', 'article.create', 'media.upload'],
  moderator: ['admin.enter', 'comments.moderate'],
};

describe('permission matrix', () => {
  it('lists every permission', () => {
    expect(everyPermissionListed).toBe(true);
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

describe('canEditStaffNames', () => {
  it('lets everyone edit their own names and only administrators edit anyone’s', () => {
    for (const role of roles) {
      expect(canEditStaffNames({ id: 7, role }, 7)).toBe(true);
      expect(canEditStaffNames({ id: 7, role }, 8)).toBe(role === 'admin');
    }
  });
});
