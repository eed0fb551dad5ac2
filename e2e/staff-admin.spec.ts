import type { BrowserContext } from '@playwright/test';
import { createAccount, newContext, rowOf, submitLogin, suffix } from './staff-helpers';
import { LoginPage } from './support/pages/login-page';
import { expect, test } from './support/test';

test.describe('staff administration', () => {
  test('admin creates an account, changes its role and disables it; the audit log shows it', async ({
    browser,
    signIn,
  }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'admin', '/admin/staff');
    await expect(page.getByRole('heading', { level: 1, name: 'Staff' })).toBeVisible();

    const id = suffix();
    const account = {
      email: `nadia-${id}@e2e.test`,
      name: `Nadia ${id}`,
      role: 'moderator',
      locale: 'fr',
      password: 'nadia-password-123',
    };
    // A too-short password: the error sits by the field, and what was typed stays.
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Create account' }) });
    await form.getByLabel('Email').fill(account.email);
    await form.getByLabel('Name', { exact: true }).fill(account.name);
    await form.getByLabel('Role').selectOption(account.role);
    await form.getByLabel('Password').fill('short');
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(form.getByLabel('Password')).toHaveAccessibleDescription(/Use at least 12 characters\./);
    await expect(form.getByLabel('Email')).toHaveValue(account.email);
    await expect(form.getByLabel('Name', { exact: true })).toHaveValue(account.name);
    await expect(form.getByLabel('Role')).toHaveValue('moderator');

    await createAccount(page, account);
    const row = rowOf(page, account.email);
    await expect(row).toContainText('Moderator');
    await expect(row).toContainText('Active');

    // The same email again is refused by the field.
    await form.getByLabel('Email').fill(account.email.toUpperCase());
    await form.getByLabel('Name', { exact: true }).fill('Someone else');
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(form.getByLabel('Email')).toHaveAccessibleDescription('That email already has an account.');

    await row.getByLabel(`Role of ${account.name}`).selectOption('editor');
    await row.getByRole('button', { name: 'Change role' }).click();
    await expect(row.getByRole('status').filter({ hasText: 'Role changed' })).toBeVisible();
    await expect(row.locator('td').nth(1)).toHaveText('Editor');

    await row.getByRole('button', { name: 'Disable' }).click();
    await expect(row.getByRole('status').filter({ hasText: 'Account disabled' })).toBeVisible();
    await expect(row).toContainText('Disabled');
    await expect(row.getByRole('button', { name: 'Enable' })).toBeVisible();

    // The disabled account cannot sign in, even with its right password.
    const other = await newContext(browser, { failing: true });
    const otherPage = await other.newPage();
    await submitLogin(otherPage, account.email, account.password);
    await expect(new LoginPage(otherPage).error).toHaveText('The email or password is not right.');
    await expect(otherPage).toHaveURL(/\/admin\/login/);

    await page.goto('/admin/audit?action=staff.role');
    const entry = page
      .locator('tbody tr')
      .filter({ hasText: 'Role changed' })
      .filter({ hasText: /from\s*moderator/ })
      .filter({ hasText: /to\s*editor/ });
    await expect(entry.first()).toContainText('Test Admin');
    await page.goto('/admin/audit?action=staff.disable');
    await expect(page.locator('tbody tr', { hasText: account.email }).first()).toContainText('Account disabled');
    await context.close();
    await other.close();
  });

  test('an editor gets 403 on the staff page, and replaying the staff action as an editor changes nothing', async ({
    browser,
    baseURL,
    signIn,
  }) => {
    const admin = await newContext(browser);
    const adminPage = await admin.newPage();
    await signIn(adminPage, 'admin', '/admin/staff');
    const id = suffix();
    const target = {
      email: `victor-${id}@e2e.test`,
      name: `Victor ${id}`,
      role: 'author',
      locale: 'en',
      password: 'victor-password-123',
    };
    await createAccount(adminPage, target);

    // The role form as the server renders it without JavaScript: its fields are the action call.
    const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await admin.storageState() });
    const staticPage = await noScript.newPage();
    await staticPage.goto('/admin/staff');
    const roleForm = rowOf(staticPage, target.email).locator('form', {
      has: staticPage.locator('select[name="role"]'),
    });
    const fields = await roleForm.evaluate((form: HTMLFormElement) =>
      Array.from(new FormData(form).entries(), ([k, v]) => [k, String(v)] as const),
    );
    expect(fields.some(([k]) => k.startsWith('$ACTION'))).toBe(true);
    const replay = (context: BrowserContext, role: string) =>
      context.request.post('/admin/staff', {
        multipart: Object.fromEntries(fields.map(([k, v]) => [k, k === 'role' ? role : v])),
        headers: { origin: new URL(baseURL!).origin },
        maxRedirects: 0,
      });

    // Control: the same request from the admin does change the role.
    await replay(noScript, 'moderator');
    await adminPage.reload();
    await expect(rowOf(adminPage, target.email).locator('td').nth(1)).toHaveText('Moderator');

    const editor = await newContext(browser);
    const editorPage = await editor.newPage();
    await signIn(editorPage, 'editor', '/admin/staff');
    const response = await editorPage.goto('/admin/staff');
    expect(response!.status()).toBe(403);
    await expect(editorPage.getByRole('heading', { level: 1 })).toHaveText('Not allowed');
    await expect(editorPage.getByText(target.email)).toHaveCount(0);
    await expect(
      editorPage.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Staff' }),
    ).toHaveCount(0);

    // The action itself must refuse (the page gate only answers GET and HEAD). 400/409 would mean
    // Next did not recognize the action at all, and the check below would prove nothing.
    const refused = await replay(editor, 'admin');
    expect([400, 409]).not.toContain(refused.status());
    await adminPage.reload();
    await expect(rowOf(adminPage, target.email).locator('td').nth(1)).toHaveText('Moderator');
    for (const c of [admin, noScript, editor]) await c.close();
  });
});
