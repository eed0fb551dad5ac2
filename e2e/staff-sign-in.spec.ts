import { signInThroughForm } from './staff';
import { createAccount, newContext, rowOf, submitLogin, suffix } from './staff-helpers';
import { LoginPage } from './support/pages/login-page';
import { expect, test } from './support/test';

test.describe('staff sign-in', () => {
  test('wrong passwords from one address refuse that address, never the owner elsewhere or at home', async ({
    browser,
  }) => {
    // Nine sign-in attempts, several slowed down on purpose (up to 4 s each) while the account is under attack.
    test.setTimeout(150_000);
    const admin = await newContext(browser);
    const adminPage = await admin.newPage();
    // Through the form, as the brief of this journey is sign-in itself (not the shared session).
    await signInThroughForm(adminPage, 'admin', '/admin/staff');
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
    const login = new LoginPage(page);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await submitLogin(page, account.email, `wrong-password-${attempt}`);
      await expect(login.error).toHaveText('The email or password is not right.');
    }
    await submitLogin(page, account.email, 'wrong-password-6');
    const throttled = 'Too many failed attempts from this address. Wait 15 minutes, then try again.';
    await expect(login.error).toHaveText(throttled);
    // The refusal keeps the email typed.
    await expect(login.email).toHaveValue(account.email);
    await submitLogin(page, account.email, account.password);
    await expect(login.error).toHaveText(throttled);
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
    await signInThroughForm(page, 'editor', '/admin');
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
    signIn,
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
