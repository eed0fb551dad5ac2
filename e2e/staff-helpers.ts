import type { Browser, Page } from '@playwright/test';
import { expect } from './support/test';
import { LoginPage } from './support/pages/login-page';

/** Helpers of the e2e/staff-*.spec.ts files: contexts, sign-in attempts and accounts made on the staff screen. */

// Failed sign-ins count per address too: each context that fails on purpose gets its own
// X-Forwarded-For, so the other tests (all from 127.0.0.1) are never throttled.
let addressCounter = 0;
const address = () => `10.${process.pid % 256}.${Math.floor(process.pid / 256) % 256}.${++addressCounter}`;
export const suffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function newContext(browser: Browser, options: { failing?: boolean; locale?: string } = {}) {
  return browser.newContext({
    locale: options.locale ?? 'en-GB',
    ...(options.failing ? { extraHTTPHeaders: { 'x-forwarded-for': address() } } : {}),
  });
}

/** One sign-in attempt on a freshly loaded form, so no earlier message or pending reset is in the way. */
export async function submitLogin(page: Page, email: string, password: string, destination = '/admin/staff') {
  const login = new LoginPage(page);
  await login.goto(destination);
  await login.fill(email, password);
  // Waits for the sign-in's own answer: the throttled ones are slowed down on purpose.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/admin/login')),
    login.submit(),
  ]);
}

export type Account = { email: string; name: string; role: string; locale: string; password: string };

/** Creates an account through the staff screen (the page must be signed in as an admin). */
export async function createAccount(page: Page, account: Account) {
  await page.goto('/admin/staff');
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Create account' }) });
  await form.getByLabel('Email').fill(account.email);
  await form.getByLabel('Name', { exact: true }).fill(account.name);
  await form.getByLabel('Role').selectOption(account.role);
  await form.getByLabel('Admin language').selectOption(account.locale);
  await form.getByLabel('Password').fill(account.password);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByRole('status')).toHaveText(`Account created for ${account.email}.`);
  await expect(page.locator('tbody tr', { hasText: account.email })).toBeVisible();
}

export const rowOf = (page: Page, email: string) => page.locator('tbody tr', { hasText: email });
