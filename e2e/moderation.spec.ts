import { expect, test, type Page } from '@playwright/test';
import {
  ARTICLE,
  articleText,
  createModerator,
  hostileComments,
  injected,
  postComment,
  QUEUE,
  reader,
  rowWith,
  unique,
  watchDialogs,
} from './moderation-helpers';
import { expectNoAxeViolations } from './fixtures';
import { signIn } from './staff';

test.describe('moderation queue', () => {
  test('a moderator approves a pending comment; the next anonymous request shows it', async ({ browser, page }) => {
    const id = unique();
    const comment = reader(id);
    await postComment(browser, comment);
    expect(await articleText(browser)).not.toContain(comment.body);

    // The moderator account speaks French.
    await signIn(page, 'moderator', QUEUE);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Commentaires' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Statut des commentaires' }).getByRole('link', { name: /^En attente/ }),
    ).toHaveAttribute('aria-current', 'page');
    await page.getByLabel('Rechercher').fill(id);
    await page.getByRole('button', { name: 'Filtrer' }).click();
    const row = rowWith(page, comment.body);
    await expect(row).toContainText(comment.name);
    await expect(row).toContainText(comment.email);
    await expect(row).toContainText('Premier commentaire de cette adresse');
    await expect(row.getByRole('link', { name: 'Assembly passes 2027 budget' })).toHaveAttribute('href', ARTICLE);
    await expect(row.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
    await row.getByRole('button', { name: 'Approuver' }).click();
    await expect(page.getByRole('status')).toHaveText('1 commentaire approuvé.');
    await expect(row).toHaveCount(0);
    expect(await articleText(browser)).toContain(comment.body);
  });

  test('bulk: two comments approved, then marked as spam together, leave the article', async ({ browser, page }) => {
    const id = unique();
    const first = reader(id, 1);
    const second = reader(id, 2);
    await postComment(browser, first);
    await postComment(browser, second);
    await signIn(page, 'editor', `${QUEUE}?q=${id}`);
    const bulk = async (action: string) => {
      await page.getByRole('checkbox', { name: `Select the comment by ${first.name}` }).check();
      await page.getByRole('checkbox', { name: `Select the comment by ${second.name}` }).check();
      await page.getByLabel('Action for the selected comments').selectOption({ label: action });
      await page.getByRole('button', { name: 'Apply to selected' }).click();
    };
    await bulk('Approve');
    await expect(page.getByRole('status')).toHaveText('2 comments approved.');
    expect(await articleText(browser)).toContain(second.body);

    await page
      .getByRole('navigation', { name: 'Comment status' })
      .getByRole('link', { name: /^Approved/ })
      .click();
    await bulk('Spam');
    await expect(page.getByRole('status')).toHaveText('2 comments marked as spam.');
    await page.getByRole('navigation', { name: 'Comment status' }).getByRole('link', { name: /^Spam/ }).click();
    await expect(page).toHaveURL(new RegExp(`status=spam.*q=${id}`));
    await expect(rowWith(page, first.body)).toBeVisible();
    await expect(rowWith(page, second.body)).toBeVisible();
    const text = await articleText(browser);
    expect(text).not.toContain(first.body);
    expect(text).not.toContain(second.body);
  });

  test('keyboard: j/k move, x selects, a approves, r opens the reply, ? shows the help dialog', async ({
    browser,
    page,
  }) => {
    const id = unique();
    const first = reader(id, 1);
    const second = reader(id, 2);
    await postComment(browser, first);
    await postComment(browser, second);
    await signIn(page, 'editor', `${QUEUE}?q=${id}`);
    const rows = page.getByRole('list', { name: 'Pending comments' }).getByRole('listitem');
    await expect(rows).toHaveCount(2);
    // The help button appears once the shortcuts' script runs; keys pressed before would be lost.
    await expect(page.locator('button[aria-haspopup="dialog"]')).toBeVisible();

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Approve');
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.keyboard.press('j');
    await expect(rows.nth(0)).toBeFocused();
    await page.keyboard.press('j');
    await expect(rows.nth(1)).toBeFocused();
    await page.keyboard.press('k');
    await expect(rows.nth(0)).toBeFocused();
    await page.keyboard.press('x');
    await expect(rows.nth(0).getByRole('checkbox')).toBeChecked();
    await expect(rows.nth(1).getByRole('checkbox')).not.toBeChecked();

    // Typing in a field is never taken for a shortcut.
    const search = page.getByLabel('Search', { exact: true });
    await search.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('a');
    await expect(search).toHaveValue(`${id}a`);
    await expect(rows).toHaveCount(2);

    await rows.nth(0).focus();
    await page.keyboard.press('a');
    await expect(page.getByRole('status')).toHaveText('1 comment approved.');
    await expect(rows).toHaveCount(1);
    await expect(rows.nth(0)).toContainText(second.body);
    // Focus comes back to the same place in the list: the next comment.
    await expect(rows.nth(0)).toBeFocused();

    await page.keyboard.press('r');
    const reply = rows.nth(0).getByLabel('Your reply');
    await expect(reply).toBeFocused();
    await page.keyboard.press('s');
    await expect(reply).toHaveValue('s');
    await expect(rows).toHaveCount(1);
    expect(await articleText(browser)).toContain(first.body);
  });

  test('a staff reply is published at once, with the Staff badge, and approves its parent', async ({
    browser,
    page,
  }) => {
    const id = unique();
    const comment = reader(id);
    const next = reader(id, 2);
    await postComment(browser, comment);
    await postComment(browser, next);
    await signIn(page, 'editor', `${QUEUE}?q=${id}`);
    const row = rowWith(page, comment.body);
    await row.getByText('Reply', { exact: true }).click();
    // Before anything happens, the form says that replying approves the pending comment.
    await expect(row.getByText('This comment is pending: publishing a reply approves it too.')).toBeVisible();
    await row.getByRole('button', { name: 'Publish reply' }).click();
    await expect(row.getByText('This field is required.')).toBeVisible();
    const answer = `Thank you, we corrected the figure ${id}`;
    await row.getByLabel('Your reply').fill(answer);
    await row.getByRole('button', { name: 'Publish reply' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Reply published. The comment it answers was pending and is now approved.',
    );
    // Focus flows on to the next comment, as after approve or spam.
    await expect(rowWith(page, comment.body)).toHaveCount(0);
    await expect(rowWith(page, next.body)).toBeFocused();

    const context = await browser.newContext();
    const readerPage = await context.newPage();
    await readerPage.goto(ARTICLE);
    const published = readerPage.getByRole('listitem').filter({ hasText: answer }).last();
    await expect(published).toContainText('Test Editor');
    await expect(published).toContainText('Staff');
    await expect(readerPage.getByText(comment.body)).toBeVisible();
    await context.close();
  });

  test('edit: errors sit by the field and keep what was typed; a valid edit reaches the article', async ({
    browser,
    page,
  }) => {
    const id = unique();
    const comment = reader(id);
    await postComment(browser, comment);
    await signIn(page, 'editor', `${QUEUE}?q=${id}`);
    const row = rowWith(page, comment.body);
    await row.getByText('Edit', { exact: true }).click();
    const edited = `Edited by the desk ${id}`;
    await row.getByLabel('Comment', { exact: true }).fill(edited);
    await row.getByLabel('Website').fill('javascript:alert(1)');
    await row.getByRole('button', { name: 'Save changes' }).click();
    await expect(row.getByText('Enter a web address starting with http:// or https://.')).toBeVisible();
    await expect(row.getByLabel('Comment', { exact: true })).toHaveValue(edited);
    await expect(row.getByLabel('Website')).toHaveValue('javascript:alert(1)');
    await row.getByLabel('Website').fill('https://example.org/profile');
    await row.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status')).toHaveText('Comment saved.');
    await rowWith(page, edited).getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByRole('status')).toHaveText('1 comment approved.');
    expect(await articleText(browser)).toContain(edited);
  });

  test('works without JavaScript: row action, bulk action and a confirmed permanent deletion', async ({ browser }) => {
    const id = unique();
    const first = reader(id, 1);
    const second = reader(id, 2);
    await postComment(browser, first);
    await postComment(browser, second);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, 'editor', `${QUEUE}?q=${id}`);
    // An invalid edit comes back with the error by the field and the text as typed.
    const row = rowWith(page, first.body);
    await row.getByText('Edit', { exact: true }).click();
    await row.getByLabel('Website').fill('ftp://example.org/');
    await row.getByLabel('Comment', { exact: true }).fill(`Edited without JavaScript ${id}`);
    await row.getByRole('button', { name: 'Save changes' }).click();
    await expect(row.getByText('Enter a web address starting with http:// or https://.')).toBeVisible();
    await expect(row.getByLabel('Website')).toHaveValue('ftp://example.org/');
    await expect(row.getByLabel('Comment', { exact: true })).toHaveValue(`Edited without JavaScript ${id}`);

    await rowWith(page, first.body).getByRole('button', { name: 'Trash' }).click();
    await expect(page.getByRole('status')).toHaveText('1 comment moved to Trash.');
    await page.getByRole('checkbox', { name: `Select the comment by ${second.name}` }).check();
    await page.getByLabel('Action for the selected comments').selectOption({ label: 'Trash' });
    await page.getByRole('button', { name: 'Apply to selected' }).click();
    await expect(page.getByRole('status')).toHaveText('1 comment moved to Trash.');

    await page
      .getByRole('navigation', { name: 'Comment status' })
      .getByRole('link', { name: /^Trash/ })
      .click();
    await page.getByRole('checkbox', { name: `Select the comment by ${first.name}` }).check();
    await page.getByRole('checkbox', { name: `Select the comment by ${second.name}` }).check();
    await page.getByLabel('Action for the selected comments').selectOption({ label: 'Delete permanently' });
    await page.getByRole('button', { name: 'Apply to selected' }).click();
    // Nothing is deleted before the confirmation.
    await expect(page.getByRole('heading', { name: 'Delete 2 comments permanently?' })).toBeVisible();
    await expect(rowWith(page, first.body)).toBeVisible();
    await page.getByRole('button', { name: 'Yes, delete permanently' }).click();
    await expect(page.getByRole('status')).toHaveText('2 comments deleted permanently.');
    await expect(rowWith(page, first.body)).toHaveCount(0);
    await expect(rowWith(page, second.body)).toHaveCount(0);
    await context.close();
  });
});

test.describe('hostile comments stay inert', () => {
  test('h5sc and blns strings in name, website and text show as typed, run nothing, inject nothing', async ({
    browser,
    page,
  }) => {
    const id = unique();
    const comments = hostileComments(id);
    for (const comment of comments) await postComment(browser, comment);

    const dialogs = watchDialogs(page);
    await signIn(page, 'editor', `${QUEUE}?q=${id}`);
    const check = async (where: Page) => {
      for (const comment of comments) {
        const row = where.getByRole('listitem').filter({ hasText: comment.body }).first();
        await expect(row).toContainText(comment.name);
        if (comment.website && where === page) await expect(row).toContainText(comment.website);
      }
      expect(await injected(where)).toEqual([]);
    };
    await expect(page.getByRole('list', { name: 'Pending comments' }).getByRole('listitem')).toHaveCount(3);
    await check(page);
    // The edit form holds the raw text as field values, still inert.
    const firstRow = rowWith(page, comments[0]!.body);
    await firstRow.getByText('Edit', { exact: true }).click();
    await expect(firstRow.getByLabel('Name')).toHaveValue(comments[0]!.name);
    await expect(firstRow.getByLabel('Website')).toHaveValue(comments[0]!.website!);
    await expect(firstRow.getByLabel('Comment', { exact: true })).toHaveValue(comments[0]!.body);

    for (const comment of comments)
      await page.getByRole('checkbox', { name: `Select the comment by ${comment.name}` }).check();
    await page.getByLabel('Action for the selected comments').selectOption({ label: 'Approve' });
    await page.getByRole('button', { name: 'Apply to selected' }).click();
    await expect(page.getByRole('status')).toHaveText('3 comments approved.');
    await page
      .getByRole('navigation', { name: 'Comment status' })
      .getByRole('link', { name: /^Approved/ })
      .click();
    await expect(page.getByRole('list', { name: 'Approved comments' }).getByRole('listitem')).toHaveCount(3);
    await check(page);

    const context = await browser.newContext();
    const readerPage = await context.newPage();
    const readerDialogs = watchDialogs(readerPage);
    await readerPage.goto(ARTICLE);
    await check(readerPage);
    await expect(readerPage.getByRole('link', { name: comments[0]!.name, exact: true })).toHaveAttribute(
      'href',
      comments[0]!.website!,
    );
    expect(readerDialogs).toEqual([]);
    await context.close();
    expect(dialogs).toEqual([]);
  });
});

test.describe('languages and access', () => {
  test('in Arabic the queue is right-to-left', async ({ browser, page }) => {
    // A staff member of its own: switching a shared test account's language would change other tests' screens.
    const id = unique();
    const account = { email: `rtl-${id}@e2e.test`, name: `Salma ${id}`, password: 'salma-password-123' };
    await signIn(page, 'admin', '/admin/staff');
    await createModerator(page, account);

    const context = await browser.newContext();
    const moderator = await context.newPage();
    await moderator.goto(`/admin/login?from=${encodeURIComponent(QUEUE)}`);
    await moderator.locator('input[name="email"]').fill(account.email);
    await moderator.locator('input[name="password"]').fill(account.password);
    await moderator.locator('form button[type="submit"]').click();
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
    // Capture the real approve request, keep it from reaching the server, and send it anonymously.
    let captured: { headers: Record<string, string>; body: Buffer } | null = null;
    await page.route(`**${QUEUE}*`, async (route) => {
      const request = route.request();
      if (request.method() !== 'POST') return route.continue();
      const { cookie: _cookie, host: _host, 'content-length': _length, ...headers } = await request.allHeaders();
      captured = { headers, body: request.postDataBuffer()! };
      await route.abort();
    });
    await rowWith(page, comment.body).getByRole('button', { name: 'Approve' }).click();
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

    await page.goto(`${QUEUE}?q=${id}`);
    await expect(rowWith(page, comment.body)).toBeVisible();
    expect(await articleText(browser)).not.toContain(comment.body);
  });

  test('admins tune the comment rules: errors by the field, values kept, then saved', async ({ browser, page }) => {
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

  test('keyboard with an Arabic layout: the physical keys work (ت for j, ش for a, ؟ for ?)', async ({
    browser,
    page,
  }) => {
    const id = unique();
    const first = reader(id, 1);
    const second = reader(id, 2);
    await postComment(browser, first);
    await postComment(browser, second);
    await signIn(page, 'editor', `${QUEUE}?q=${id}`);
    const rows = page.getByRole('list', { name: 'Pending comments' }).getByRole('listitem');
    await expect(rows).toHaveCount(2);
    await expect(page.locator('button[aria-haspopup="dialog"]')).toBeVisible();
    // Playwright's keyboard types US keys; the DevTools protocol sends what an Arabic layout sends:
    // the Arabic character as `key`, the physical key as `code`.
    const cdp = await page.context().newCDPSession(page);
    const press = async (key: string, code: string, keyCode: number, shift = false) => {
      const base = { key, code, windowsVirtualKeyCode: keyCode, modifiers: shift ? 8 : 0 };
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: key, ...base });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
    };
    await press('؟', 'Slash', 191, true);
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('With an Arabic keyboard layout');
    await page.keyboard.press('Escape');
    await press('ت', 'KeyJ', 74);
    await expect(rows.nth(0)).toBeFocused();
    await press('ت', 'KeyJ', 74);
    await expect(rows.nth(1)).toBeFocused();
    await press('ن', 'KeyK', 75);
    await expect(rows.nth(0)).toBeFocused();
    await press('ش', 'KeyA', 65);
    await expect(page.getByRole('status')).toHaveText('1 comment approved.');
    await expect(rows).toHaveCount(1);
    await expect(rows.nth(0)).toContainText(second.body);
  });

  test('a moderator signing in without JavaScript lands on the queue', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // No destination: the login sends everyone to /admin, which sends a moderator on at once.
    await page.goto('/admin/login');
    await page.locator('input[name="email"]').fill('moderator@e2e.test');
    await page.locator('input[name="password"]').fill('e2e-moderator-password-123');
    await page.locator('form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/admin\/comments$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Commentaires' })).toBeVisible();
    const direct = await page.request.get('/admin', { maxRedirects: 0 });
    expect(direct.status()).toBe(307);
    expect(direct.headers().location).toMatch(/\/admin\/comments$/);
    await context.close();
  });

  test('compact queue: a row is a few lines, with details on demand', async ({ browser, page }) => {
    const id = unique();
    const comment = reader(id);
    await postComment(browser, comment);
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, 'editor', QUEUE);
    const rows = page.getByRole('list', { name: 'Pending comments' }).getByRole('listitem');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    // A row is three short lines (who/where/when, the text clamped to two lines, the actions):
    // about a quarter of the old 300 px, so the list shows 6–10 comments on a laptop screen.
    for (let i = 0; i < Math.min(count, 10); i++) {
      const box = await rows.nth(i).boundingBox();
      expect(box!.height).toBeLessThanOrEqual(112);
    }
    const row = rowWith(page, comment.body);
    expect((await row.boundingBox())!.height).toBeLessThanOrEqual(90);
    await expect(row.getByText('IP hash')).toBeHidden();
    await row.getByText('Details', { exact: true }).click();
    await expect(row.getByText('IP hash')).toBeVisible();
    await expect(row.getByRole('link', { name: 'Only this article' })).toBeVisible();
  });
});
