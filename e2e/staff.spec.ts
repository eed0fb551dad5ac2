import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { signIn } from './staff';

// Failed sign-ins count per address too: each context that fails on purpose gets its own
// X-Forwarded-For, so the other tests (all from 127.0.0.1) are never throttled.
let addressCounter = 0;
const address = () => `10.${process.pid % 256}.${Math.floor(process.pid / 256) % 256}.${++addressCounter}`;
const suffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function newContext(browser: Browser, options: { failing?: boolean; locale?: string } = {}) {
  return browser.newContext({
    locale: options.locale ?? 'en-GB',
    ...(options.failing ? { extraHTTPHeaders: { 'x-forwarded-for': address() } } : {}),
  });
}

/** One sign-in attempt on a freshly loaded form, so no earlier message or pending reset is in the way. */
async function submitLogin(page: Page, email: string, password: string, destination = '/admin/staff') {
  await page.goto(`/admin/login?from=${encodeURIComponent(destination)}`);
  await page.waitForLoadState('networkidle');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/admin/login')),
    page.locator('form button[type="submit"]').click(),
  ]);
}

type Account = { email: string; name: string; role: string; locale: string; password: string };

/** Creates an account through the staff screen (the page must be signed in as an admin). */
async function createAccount(page: Page, account: Account) {
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

const rowOf = (page: Page, email: string) => page.locator('tbody tr', { hasText: email });

test.describe('staff administration', () => {
  test('admin creates an account, changes its role and disables it; the audit log shows it', async ({ browser }) => {
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
    await expect(otherPage.locator('#login-error')).toHaveText('The email or password is not right.');
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

  test('wrong passwords from one address refuse that address, never the owner elsewhere or at home', async ({
    browser,
  }) => {
    // Nine sign-in attempts, several slowed down on purpose (up to 4 s each) while the account is under attack.
    test.setTimeout(150_000);
    const admin = await newContext(browser);
    const adminPage = await admin.newPage();
    await signIn(adminPage, 'admin', '/admin/staff');
    const id = suffix();
    const account = {
      email: `theo-${id}@e2e.test`,
      name: `Theo ${id}`,
      role: 'author',
      locale: 'en',
      password: 'theo-password-1234',
    };
    await createAccount(adminPage, account);

    // The owner signs in once from home: that address becomes known for this account.
    const home = await newContext(browser, { failing: true });
    const homePage = await home.newPage();
    await submitLogin(homePage, account.email, account.password, '/admin');
    await expect(homePage).toHaveURL(/\/admin$/);
    await home.clearCookies();

    const attacker = await newContext(browser, { failing: true });
    const page = await attacker.newPage();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await submitLogin(page, account.email, `wrong-password-${attempt}`);
      await expect(page.locator('#login-error')).toHaveText('The email or password is not right.');
    }
    await submitLogin(page, account.email, 'wrong-password-6');
    const throttled = 'Too many failed attempts from this address. Wait 15 minutes, then try again.';
    await expect(page.locator('#login-error')).toHaveText(throttled);
    // The refusal keeps the email typed.
    await expect(page.locator('input[name="email"]')).toHaveValue(account.email);
    await submitLogin(page, account.email, account.password);
    await expect(page.locator('#login-error')).toHaveText(throttled);
    await expect(page).toHaveURL(/\/admin\/login/);

    // The owner is not locked out: from home at once, and from a new address after a short wait.
    await submitLogin(homePage, account.email, account.password, '/admin');
    await expect(homePage).toHaveURL(/\/admin$/);
    const elsewhere = await newContext(browser, { failing: true });
    const elsewherePage = await elsewhere.newPage();
    await submitLogin(elsewherePage, account.email, account.password, '/admin');
    await expect(elsewherePage).toHaveURL(/\/admin$/);
    for (const c of [admin, home, attacker, elsewhere]) await c.close();
  });

  test('signing out ends the session on the server: a copied cookie no longer opens /admin', async ({ browser }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    // A session of its own: signing out must not end the one the other tests share.
    await signIn(page, 'editor', '/admin', { fresh: true });
    const session = (await context.cookies()).find((c) => c.name.endsWith('maydan.session'));
    // The e2e server runs in production mode: the cookie is Secure (and HttpOnly) even over http.
    expect(session).toMatchObject({ name: '__Secure-maydan.session', secure: true, httpOnly: true, sameSite: 'Lax' });

    const copy = await browser.newContext({ locale: 'en-GB' });
    await copy.addCookies([session!]);
    const before = await copy.request.get('/admin', { maxRedirects: 0 });
    expect(before.status()).toBe(200);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/admin\/login/);
    expect((await context.cookies()).filter((c) => c.name.endsWith('maydan.session'))).toEqual([]);

    const after = await copy.request.get('/admin', { maxRedirects: 0 });
    expect(after.status()).toBe(307);
    expect(after.headers().location).toMatch(/\/admin\/login\?from=%2Fadmin$/);
    const copyPage = await copy.newPage();
    await copyPage.goto('/admin');
    await expect(copyPage).toHaveURL(/\/admin\/login/);
    await expect(copyPage.getByRole('heading', { level: 1 })).toHaveText('Sign in to the newsroom');
    for (const c of [context, copy]) await c.close();
  });

  test('the admin speaks each person’s language: Arabic is right-to-left, refusals are localized', async ({
    browser,
  }) => {
    const admin = await newContext(browser);
    const adminPage = await admin.newPage();
    await signIn(adminPage, 'admin', '/admin/staff');
    const id = suffix();
    const arabic = {
      email: `layla-${id}@e2e.test`,
      name: `ليلى ${id}`,
      role: 'admin',
      locale: 'ar',
      password: 'layla-password-123',
    };
    await createAccount(adminPage, arabic);

    const context = await newContext(browser);
    const page = await context.newPage();
    await submitLogin(page, arabic.email, arabic.password);
    await expect(page).toHaveURL(/\/admin\/staff$/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الفريق');
    await expect(page.getByRole('button', { name: 'إنشاء الحساب' })).toBeVisible();
    await expect(rowOf(page, arabic.email)).toContainText('نشط');
    await page.goto('/admin/audit');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('سجل العمليات');
    await expect(page.locator('tbody tr', { hasText: 'إنشاء حساب' }).first()).toBeVisible();

    const author = await newContext(browser);
    const authorPage = await author.newPage();
    await signIn(authorPage, 'author', '/admin/audit');
    const refused = await authorPage.goto('/admin/audit');
    expect(refused!.status()).toBe(403);
    await expect(authorPage.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(authorPage.getByRole('heading', { level: 1 })).toHaveText('غير مسموح');

    const moderator = await newContext(browser);
    const moderatorPage = await moderator.newPage();
    await signIn(moderatorPage, 'moderator', '/admin/staff');
    await expect(moderatorPage.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(moderatorPage.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(moderatorPage.getByRole('heading', { level: 1 })).toHaveText('Accès refusé');
    for (const c of [admin, context, author, moderator]) await c.close();
  });
});
