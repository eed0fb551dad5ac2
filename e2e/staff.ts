import type { Page } from '@playwright/test';
import { LoginPage } from './support/pages/login-page';

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

/**
 * Signs in through the real login form. Most tests take the `signIn` fixture instead
 * (e2e/support/test.ts), which reuses one session per role and worker; this is for a session of
 * the test's own (one it ends by signing out) or a server of its own.
 */
export async function signInThroughForm(page: Page, role: StaffRole, destination = '/admin') {
  await new LoginPage(page).signIn(staff[role], destination);
}
