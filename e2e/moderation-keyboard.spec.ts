import { articleText, postComment, QUEUE, reader, unique } from './moderation-helpers';
import { CommentQueuePage } from './support/pages/comment-queue-page';
import { expect, test } from './support/test';

test.describe('moderation queue: keyboard and layout', () => {
  test('keyboard: j/k move, x selects, a approves, r opens the reply, ? shows the help dialog', async ({
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
    const rows = queue.rows();
    await expect(rows).toHaveCount(2);
    // The help button appears once the shortcuts' script runs; keys pressed before would be lost.
    await expect(queue.helpButton).toBeVisible();

    await page.keyboard.press('?');
    const dialog = queue.shortcuts;
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
    await queue.search.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('a');
    await expect(queue.search).toHaveValue(`${id}a`);
    await expect(rows).toHaveCount(2);

    await rows.nth(0).focus();
    await page.keyboard.press('a');
    await expect(queue.status).toHaveText('1 comment approved.');
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

  test('keyboard with an Arabic layout: the physical keys work (ت for j, ش for a, ؟ for ?)', async ({
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
    const rows = queue.rows();
    await expect(rows).toHaveCount(2);
    await expect(queue.helpButton).toBeVisible();
    // Playwright's keyboard types US keys; the DevTools protocol sends what an Arabic layout sends:
    // the Arabic character as `key`, the physical key as `code`.
    const cdp = await page.context().newCDPSession(page);
    const press = async (key: string, code: string, keyCode: number, shift = false) => {
      const base = { key, code, windowsVirtualKeyCode: keyCode, modifiers: shift ? 8 : 0 };
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: key, ...base });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
    };
    await press('؟', 'Slash', 191, true);
    const dialog = queue.shortcuts;
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
    await expect(queue.status).toHaveText('1 comment approved.');
    await expect(rows).toHaveCount(1);
    await expect(rows.nth(0)).toContainText(second.body);
  });

  test('compact queue: a row is a few lines, with details on demand', async ({ browser, page, signIn }) => {
    const id = unique();
    const comment = reader(id);
    await postComment(browser, comment);
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, 'editor', QUEUE);
    const queue = new CommentQueuePage(page);
    const rows = queue.rows();
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    // A row is three short lines (who/where/when, the text clamped to two lines, the actions):
    // about a quarter of the old 300 px, so the list shows 6–10 comments on a laptop screen.
    for (let i = 0; i < Math.min(count, 10); i++) {
      const box = await rows.nth(i).boundingBox();
      expect(box!.height).toBeLessThanOrEqual(112);
    }
    const row = queue.row(comment.body);
    expect((await row.boundingBox())!.height).toBeLessThanOrEqual(90);
    await expect(row.getByText('IP hash')).toBeHidden();
    await row.getByText('Details', { exact: true }).click();
    await expect(row.getByText('IP hash')).toBeVisible();
    await expect(row.getByRole('link', { name: 'Only this article' })).toBeVisible();
  });
});
