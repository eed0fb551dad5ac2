import { postComment, QUEUE, reader, unique } from './moderation-helpers';
import { staff } from './staff';
import { CommentQueuePage } from './support/pages/comment-queue-page';
import { LoginPage } from './support/pages/login-page';
import { expect, test } from './support/test';

test.describe('moderation without JavaScript', () => {
  test('works without JavaScript: row action, bulk action and a confirmed permanent deletion', async ({
    browser,
    signIn,
  }) => {
    const id = unique();
    const first = reader(id, 1);
    const second = reader(id, 2);
    await postComment(browser, first);
    await postComment(browser, second);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, 'editor', `${QUEUE}?q=${id}`);
    const queue = new CommentQueuePage(page);
    // An invalid edit comes back with the error by the field and the text as typed.
    const row = queue.row(first.body);
    await row.getByText('Edit', { exact: true }).click();
    await row.getByLabel('Website').fill('ftp://example.org/');
    await row.getByLabel('Comment', { exact: true }).fill(`Edited without JavaScript ${id}`);
    await row.getByRole('button', { name: 'Save changes' }).click();
    await expect(row.getByText('Enter a web address starting with http:// or https://.')).toBeVisible();
    await expect(row.getByLabel('Website')).toHaveValue('ftp://example.org/');
    await expect(row.getByLabel('Comment', { exact: true })).toHaveValue(`Edited without JavaScript ${id}`);

    await queue.row(first.body).getByRole('button', { name: 'Trash' }).click();
    await expect(queue.status).toHaveText('1 comment moved to Trash.');
    await queue.bulk('Trash', [second.name]);
    await expect(queue.status).toHaveText('1 comment moved to Trash.');

    await queue.openTab('Trash');
    await queue.bulk('Delete permanently', [first.name, second.name]);
    // Nothing is deleted before the confirmation.
    await expect(page.getByRole('heading', { name: 'Delete 2 comments permanently?' })).toBeVisible();
    await expect(queue.row(first.body)).toBeVisible();
    await page.getByRole('button', { name: 'Yes, delete permanently' }).click();
    await expect(queue.status).toHaveText('2 comments deleted permanently.');
    await expect(queue.row(first.body)).toHaveCount(0);
    await expect(queue.row(second.body)).toHaveCount(0);
    await context.close();
  });

  test('a moderator signing in without JavaScript lands on the queue', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // No destination: the login sends everyone to /admin, which sends a moderator on at once.
    const login = new LoginPage(page);
    await login.goto();
    await login.fill(staff.moderator.email, staff.moderator.password);
    await login.submit();
    await expect(page).toHaveURL(/\/admin\/comments$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Commentaires' })).toBeVisible();
    const direct = await page.request.get('/admin', { maxRedirects: 0 });
    expect(direct.status()).toBe(307);
    expect(direct.headers().location).toMatch(/\/admin\/comments$/);
    await context.close();
  });
});
