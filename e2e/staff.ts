import { expect, type Cookie, type Page } from '@playwright/test';

/** Accounts that scripts/e2e-server.mjs creates in the throwaway e2e database. */
export const staff = {
  admin: { email: 'admin@e2e.test', password: 'e2e-admin-password-123', name: 'Test Admin', locale: 'en' },
  editor: { email: 'editor@e2e.test', password: 'e2e-editor-password-123', name: 'Test Editor', locale: 'en' },
  author: { email: 'author@e2e.test', password: 'e2e-author-password-123', name: 'Test Author', locale: 'ar' },
  moderator: {
    email: 'moderator@e2e.test',
    password: 'e2e-moderator-password-123',
    name: 'Test Moderator',
    locale: 'fr',
  },
} as const;

export type StaffRole = keyof typeof staff;

/** The session cookie of each role, signed in once per worker through the real form and reused. */
const sessions = new Map<StaffRole, Cookie[]>();

/** Signs in through the real login form (the page speaks the browser's language before sign-in). */
export async function signInThroughForm(page: Page, role: StaffRole, destination = '/admin') {
  const who = staff[role];
  await page.goto(`/admin/login?from=${encodeURIComponent(destination)}`);
  await page.getByLabel(/^(Email|Adresse e-mail|البريد الإلكتروني)$/).fill(who.email);
  await page.getByLabel(/^(Password|Mot de passe|كلمة المرور)$/).fill(who.password);
  await page.getByRole('button', { name: /^(Sign in|Se connecter|دخول)$/ }).click();
  await expect(page).not.toHaveURL(/\/admin\/login/);
}

/**
 * Opens `destination` signed in as `role`. The first call of a worker signs in through the form;
 * later calls reuse that session's cookie, as Playwright's storageState would. A test that ends
 * its session (signing out) asks for `{ fresh: true }`, so the shared one stays valid; a test
 * against a server of its own signs in with `signInThroughForm`.
 */
export async function signIn(page: Page, role: StaffRole, destination = '/admin', options: { fresh?: boolean } = {}) {
  const saved = options.fresh ? undefined : sessions.get(role);
  if (!saved) {
    await signInThroughForm(page, role, destination);
    if (!options.fresh)
      sessions.set(
        role,
        (await page.context().cookies()).filter((c) => c.name.endsWith('maydan.session')),
      );
    return;
  }
  await page.context().addCookies(saved);
  await page.goto(destination);
  await expect(page).not.toHaveURL(/\/admin\/login/);
}
