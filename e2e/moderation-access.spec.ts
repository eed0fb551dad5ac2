import { articleText, createModerator, postComment, QUEUE, reader, unique } from './moderation-helpers';
import { expectNoAxeViolations } from './support/axe';
import { CommentQueuePage } from './support/pages/comment-queue-page';
import { LoginPage } from './support/pages/login-page';
import { expect, test } from './support/test';

test.describe('moderation: languages and access', () => {
  test('in Arabic the queue is right-to-left', async ({ browser, page, signIn }) => {
    // A staff member of its own: switching a shared test account's language would change other tests' screens.
    const id = unique();
    const account = { email: `rtl-${id}@e2e.test`, name: `Salma ${id}`, password: 'salma-password-123' };
    await signIn(page, 'admin', '/admin/staff');
    await createModerator(page, account);

    const context = await browser.newContext();
    const moderator = await context.newPage();
    const login = new LoginPage(moderator);
    await login.goto(QUEUE);
    await login.fill(account.email, account.password);
    await login.submit();
    await expect(moderator.getByRole('heading', { level: 1, name: 'Comments' })).toBeVisible();
    await expect(moderator.locator('html')).toHaveAttribute('dir', 'ltr');
    const banner = moderator.getByRole('banner');
    await banner.getByLabel('Interface language').selectOption('ar');
    await Promise.all([
      moderator.waitForResponse((r) => r.request().method() === 'POST'),
      banner.getByRole('button', { name: 'Apply' }).click(),
    ]);
    await moderator.goto(QUEUE);
    await expect(moderator.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(moderator.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(moderator.getByRole('heading', { level: 1, name: 'التعليقات' })).toBeVisible();
    await expect(
      moderator.getByRole('navigation', { name: 'حالة التعليقات' }).getByRole('link', { name: /^بانتظار المراجعة/ }),
    ).toHaveAttribute('aria-current', 'page');
    await expect(moderator.getByRole('button', { name: 'تصفية' })).toBeVisible();
    await expectNoAxeViolations(moderator);
    await moderator.keyboard.press('?');
    await expect(moderator.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' })).toBeVisible();
    await expectNoAxeViolations(moderator);
    await context.close();
  });

  test('an author is refused the queue, and a POST of the action without a session changes nothing', async ({
    browser,
    page,
    playwright,
    baseURL,
    signIn,
  }) => {
    const context = await browser.newContext();
    const author = await context.newPage();
    await signIn(author, 'author', '/admin');
    const refused = await author.goto(QUEUE);
    expect(refused!.status()).toBe(403);
    await expect(author.getByRole('heading', { level: 1 })).toHaveText('غير مسموح');
    expect((await author.goto('/admin/settings'))!.status()).toBe(403);
    await expect(author.getByRole('button', { name: /قبول/ })).toHaveCount(0);
    await context.close();

    const id = unique();
    const comment = reader(id);
    await postComment(browser, comment);
    await signIn(page, 'editor', `${QUEUE}?q=${id}`);
    const queue = new CommentQueuePage(page);
    // Capture the real approve request, keep it from reaching the server, and send it anonymously.
    let captured: { headers: Record<string, string>; body: Buffer } | null = null;
    await page.route(`**${QUEUE}*`, async (route) => {
      const request = route.request();
      if (request.method() !== 'POST') return route.continue();
      const { cookie: _cookie, host: _host, 'content-length': _length, ...headers } = await request.allHeaders();
      captured = { headers, body: request.postDataBuffer()! };
      await route.abort();
    });
    await queue.row(comment.body).getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => captured !== null).toBe(true);
    await page.unroute(`**${QUEUE}*`);
    const anonymous = await playwright.request.newContext({ baseURL });
    const sent = captured as unknown as { headers: Record<string, string>; body: Buffer };
    expect(sent.headers['next-action']).toBeTruthy();
    const response = await anonymous.post(`${QUEUE}?q=${id}`, {
      headers: sent.headers,
      data: sent.body,
      maxRedirects: 0,
    });
    expect(response.headers()['x-action-redirect'] ?? response.headers().location ?? '').toContain('/admin/login');
    await anonymous.dispose();

    await queue.goto(id);
    await expect(queue.row(comment.body)).toBeVisible();
    expect(await articleText(browser)).not.toContain(comment.body);
  });

  test('admins tune the comment rules: errors by the field, values kept, then saved', async ({
    browser,
    page,
    signIn,
  }) => {
    await signIn(page, 'admin', '/admin');
    await page.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    const maxLinks = page.getByLabel('Most links allowed');
    const addresses = page.getByLabel('Blocked addresses');
    const before = { maxLinks: await maxLinks.inputValue(), addresses: await addresses.inputValue() };
    await maxLinks.fill('51');
    await addresses.fill('not an address');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Enter a whole number from 0 to 50.')).toBeVisible();
    await expect(page.getByText('Line 1 is not an email address, an @domain or an IP address.')).toBeVisible();
    await expect(maxLinks).toHaveValue('51');
    await expect(addresses).toHaveValue('not an address');
    // Saving the values as they were leaves the rules other tests post under unchanged.
    await maxLinks.fill(before.maxLinks);
    await addresses.fill(before.addresses);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status')).toHaveText('Settings saved. Readers see them on their next visit.');
    await expect(maxLinks).toHaveValue(before.maxLinks);

    // Without JavaScript the errors and the typed values come back too.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await signIn(noScript, 'admin', '/admin/settings');
    await noScript.getByLabel('Most links allowed').fill('51');
    await noScript.getByLabel('Blocked words').fill('first\nsecond');
    await noScript.getByRole('button', { name: 'Save settings' }).click();
    await expect(noScript.getByText('Enter a whole number from 0 to 50.')).toBeVisible();
    await expect(noScript.getByLabel('Most links allowed')).toHaveValue('51');
    await expect(noScript.getByLabel('Blocked words')).toHaveValue('first\nsecond');
    await context.close();
  });
});
