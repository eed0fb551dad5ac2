import { describe, expect, it } from 'vitest';

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
