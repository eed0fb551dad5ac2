import { ARTICLE, articleText, postComment, QUEUE, reader, unique } from './moderation-helpers';
import { CommentQueuePage } from './support/pages/comment-queue-page';
import { expect, test } from './support/test';

test.describe('moderation queue', () => {
  test('a moderator approves a pending comment; the next anonymous request shows it', async ({
    browser,
    page,
    signIn,
  }) => {
    const id = unique();
    const comment = reader(id);
    await postComment(browser, comment);
    expect(await articleText(browser)).not.toContain(comment.body);

    // The moderator account speaks French.
    await signIn(page, 'moderator', QUEUE);
    const queue = new CommentQueuePage(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Commentaires' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Statut des commentaires' }).getByRole('link', { name: /^En attente/ }),
    ).toHaveAttribute('aria-current', 'page');
    await page.getByLabel('Rechercher').fill(id);
    await page.getByRole('button', { name: 'Filtrer' }).click();
    const row = queue.row(comment.body);
    await expect(row).toContainText(comment.name);
    await expect(row).toContainText(comment.email);
    await expect(row).toContainText('Premier commentaire de cette adresse');
    await expect(row.getByRole('link', { name: 'Assembly passes 2027 budget' })).toHaveAttribute('href', ARTICLE);
    // The only element without a role of its own: its machine-readable date is the point.
    await expect(row.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
    await row.getByRole('button', { name: 'Approuver' }).click();
    await expect(queue.status).toHaveText('1 commentaire approuvé.');
    await expect(row).toHaveCount(0);
    expect(await articleText(browser)).toContain(comment.body);
  });

  test('bulk: two comments approved, then marked as spam together, leave the article', async ({
    browser,
    page,
    signIn,
  }) => {
    const id = unique();
    const first = reader(id, 1);
    const second = reader(id, 2);
    await postComment(browser, first);
    await postComment(browser, second);
    await signIn(page, 'editor', `${QUEUE}?q=${id}`);
    const queue = new CommentQueuePage(page);
    await queue.bulk('Approve', [first.name, second.name]);
    await expect(queue.status).toHaveText('2 comments approved.');
    expect(await articleText(browser)).toContain(second.body);

    await queue.openTab('Approved');
    await queue.bulk('Spam', [first.name, second.name]);
    await expect(queue.status).toHaveText('2 comments marked as spam.');
    await queue.openTab('Spam');
    await expect(page).toHaveURL(new RegExp(`status=spam.*q=${id}`));
    await expect(queue.row(first.body)).toBeVisible();
    await expect(queue.row(second.body)).toBeVisible();
    const text = await articleText(browser);
    expect(text).not.toContain(first.body);
    expect(text).not.toContain(second.body);
  });

  test('a staff reply is published at once, with the Staff badge, and approves its parent', async ({
    browser,
    page,
    signIn,
  }) => {
    const id = unique();
    const comment = reader(id);
    const next = reader(id, 2);
    await postComment(browser, comment);
    await postComment(browser, next);
    await signIn(page, 'editor', `${QUEUE}?q=${id}`);
    const queue = new CommentQueuePage(page);
    const row = queue.row(comment.body);
    await row.getByText('Reply', { exact: true }).click();
    // Before anything happens, the form says that replying approves the pending comment.
    await expect(row.getByText('This comment is pending: publishing a reply approves it too.')).toBeVisible();
    await row.getByRole('button', { name: 'Publish reply' }).click();
    await expect(row.getByText('This field is required.')).toBeVisible();
    const answer = `Thank you, we corrected the figure ${id}`;
    await row.getByLabel('Your reply').fill(answer);
    await row.getByRole('button', { name: 'Publish reply' }).click();
    await expect(queue.status).toHaveText('Reply published. The comment it answers was pending and is now approved.');
    // Focus flows on to the next comment, as after approve or spam.
    await expect(queue.row(comment.body)).toHaveCount(0);
    await expect(queue.row(next.body)).toBeFocused();

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
    signIn,
  }) => {
    const id = unique();
    const comment = reader(id);
    await postComment(browser, comment);
    await signIn(page, 'editor', `${QUEUE}?q=${id}`);
    const queue = new CommentQueuePage(page);
    const row = queue.row(comment.body);
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
    await expect(queue.status).toHaveText('Comment saved.');
    await queue.approve(edited);
    expect(await articleText(browser)).toContain(edited);
  });
});
