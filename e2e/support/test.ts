import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { signInThroughForm, type StaffRole } from '../staff';

export { expect };

export type SignIn = (page: Page, role: StaffRole, destination?: string) => Promise<void>;

/** Signs `role` in through the form in a context of its own and saves its storage state to `file`. */
async function saveSignedInState(browser: Browser, baseURL: string | undefined, role: StaffRole, file: string) {
  const context = await browser.newContext({ baseURL });
  await signInThroughForm(await context.newPage(), role);
  await context.storageState({ path: file });
  await context.close();
  return file;
}

/**
 * The end-to-end tests' `test`: Playwright's, plus the staff sessions.
 * - `staffState(role)` (per worker): the path of a storage state signed in as `role`, made once
 *   per worker through the real form, on first use; `browser.newContext({ storageState })` takes it.
 * - `signIn(page, role, destination)`: puts that session into the page's context (whatever its
 *   other options, such as JavaScript off) and opens `destination` (default /admin).
 * A test that ends its session or talks to a server of its own signs in with the form
 * (`signInThroughForm` in e2e/staff.ts or `LoginPage`).
 */
export const test = base.extend<{ signIn: SignIn }, { staffState: (role: StaffRole) => Promise<string> }>({
  staffState: [
    async ({ browser }, provide, workerInfo) => {
      const dir = path.join(workerInfo.project.outputDir, '.auth');
      fs.mkdirSync(dir, { recursive: true });
      const states = new Map<StaffRole, Promise<string>>();
      await provide((role) => {
        let state = states.get(role);
        if (!state) {
          const file = path.join(dir, `worker-${workerInfo.workerIndex}-${role}.json`);
          state = saveSignedInState(browser, workerInfo.project.use.baseURL, role, file);
          states.set(role, state);
        }
        return state;
      });
    },
    { scope: 'worker' },
  ],
  signIn: async ({ staffState }, provide) => {
    await provide(async (page, role, destination = '/admin') => {
      const { cookies } = JSON.parse(await fs.promises.readFile(await staffState(role), 'utf8'));
      await page.context().addCookies(cookies);
      await page.goto(destination);
      await expect(page).not.toHaveURL(/\/admin\/login/);
    });
  },
});
