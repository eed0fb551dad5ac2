import { expect, type Page } from '@playwright/test';

/** Accounts that scripts/e2e-server.mjs creates in the throwaway e2e database. */
export const staff = {
  admin: { email: 'admin@e2e.test', password: 'e2e-admin-password-123', name: 'Test Admin', locale: 'en' },
  editor: { email: 'editor@e2e.test', password: 'e2e-editor-password-123', name: 'Test Editor', locale: 'en' },
  author: { email: 'author@e2e.test', password: 'e2e-author-password-123', name: 'Test Author', locale: 'ar' },
  moderator: { email: 'moderator@e2e.test', password: 'e2e-moderator-password-123', name: 'Test Moderator', locale: 'fr' },
} as const;

export type StaffRole = keyof typeof staff;

/** Signs in through the real login form (the page speaks the browser's language before sign-in). */
export async function signIn(page: Page, role: StaffRole, destination = '/admin') {
  const who = staff[role];
  await page.goto(`/admin/login?from=${encodeURIComponent(destination)}`);
  await page.locator('input[name="email"]').fill(who.email);
  await page.locator('input[name="password"]').fill(who.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).not.toHaveURL(/\/admin\/login/);
}
