import { getEditorMessages } from '../lib/i18n/admin-editor';
import { getLiveMessages } from '../lib/i18n/admin-live';
import { slugify } from '../lib/slug';
import { EditorPage } from './support/pages/editor-page';
import { actionRequest, replayHeaders } from './support/server-actions';
import { expect, test } from './support/test';
import { unique } from './support/unique';
import { fill } from '@/lib/i18n/format';

const en = getEditorMessages('en');
const live = getLiveMessages('en');

test.describe('newsroom: editing', () => {
  test('two tabs on one article: the second save shows both versions and the person chooses', async ({
    page,
    context,
    signIn,
  }) => {
    await signIn(page, 'editor');
    const tabA = new EditorPage(page);
    const id = await tabA.createDraft(`Conflict story ${unique()}`);
    const tabB = new EditorPage(await context.newPage());
    const other = tabB.page;
    await tabB.open(id);

    await tabA.fillTitle('Title from tab A');
    await tabA.saveDraft();
    await expect(tabA.saved()).toBeVisible();

    await tabB.fillTitle('Title from tab B');
    await tabB.saveDraft();
    const dialog = other.getByRole('dialog', { name: en.conflict.title });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('region', { name: en.conflict.mine })).toContainText('Title from tab B');
    await expect(dialog.getByRole('region', { name: /^Their version/ })).toContainText('Title from tab A');
    await expect(dialog.getByRole('region', { name: /^Their version/ })).toContainText('A first paragraph.');
    await dialog.getByRole('button', { name: en.conflict.keepMine }).click();
    await expect(dialog).toBeHidden();
    await expect(tabB.saved()).toBeVisible();

    await page.reload();
    await expect(tabA.title).toHaveValue('Title from tab B');

    // Now tab B is behind: its next save conflicts again, and this time it takes theirs.
    await page.getByLabel('Standfirst').fill('Standfirst from tab A');
    await tabA.saveDraft();
    await expect(tabA.saved()).toBeVisible();
    await tabB.fillTitle('Discarded title');
    await tabB.saveDraft();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: en.conflict.takeTheirs }).click();
    await expect(dialog).toBeHidden();
    await expect(tabB.title).toHaveValue('Title from tab B');
    await expect(other.getByLabel('Standfirst')).toHaveValue('Standfirst from tab A');
    await expect(other.getByText(en.editor.unsaved)).toHaveCount(0);

    // Every save was kept: restore the first version (plain forms: the changes, then a confirmation) and it becomes the newest.
    await page.getByRole('link', { name: en.editor.revisions }).click();
    const rows = page.getByRole('table').getByRole('row');
    // Header + at least: create, A's title, B's title (kept), A's standfirst.
    await expect(rows.nth(4)).toBeVisible();
    await rows.last().getByRole('link', { name: /^View/ }).click();
    await expect(page.getByRole('heading', { level: 2 })).toContainText(fill(live.revisions.label, { number: '1' }));
    await page.getByRole('link', { name: fill(live.revisions.start, { number: '1' }) }).click();
    await expect(page.getByRole('heading', { level: 2 })).toContainText(
      fill(live.revisions.confirmTitle, { number: '1' }),
    );
    await page.getByRole('button', { name: fill(live.revisions.confirmAction, { number: '1' }) }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}\\?restored=\\d+$`));
    await expect(page.getByText(en.revisions.restored)).toBeVisible();
    await expect(tabA.form.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(/^Conflict story /);
  });

  test('hostile HTML, pasted or sent straight to the save action, never reaches readers', async ({
    page,
    browser,
    baseURL,
    signIn,
  }) => {
    await signIn(page, 'editor');
    const editor = new EditorPage(page);
    const title = `Hostile paste ${unique()}`;
    const id = await editor.createDraft(title, 'Safe words.');
    const hostile =
      '<p>Pasted text</p><img src=x onerror="window.__xss=1;alert(1)"><a href="javascript:alert(2)">click</a><script>alert(3)</script>';
    await editor.body.click();
    await editor.body.evaluate((element, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Pasted text');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, hostile);
    await expect(editor.body).toContainText('Pasted text');
    const saveCall = actionRequest(page, '"version"');
    await editor.saveDraft();
    const save = await saveCall;
    await expect(editor.saved()).toBeVisible();

    // The same save action, called directly with raw hostile HTML (as a script could).
    const [articleId, request] = JSON.parse(save.postData()!) as [number, { version: number; input: { body: string } }];
    expect(articleId).toBe(id);
    const direct = JSON.stringify([
      articleId,
      {
        version: request.version + 1,
        input: { ...request.input, body: `${request.input.body}${hostile}<p>Direct text</p>` },
      },
    ]);
    const replay = await page.request.post(save.url(), { headers: replayHeaders(save, baseURL!), data: direct });
    expect(await replay.text()).toContain('"status":"success"');

    await page.reload();
    await expect(editor.body).toContainText('Direct text');
    await editor.publish();

    const reader = await browser.newContext();
    const visitor = await reader.newPage();
    const dialogs: string[] = [];
    visitor.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await visitor.goto(`/en/article/${encodeURIComponent(slugify(title))}`);
    // The story's body has no landmark of its own; its HTML is what is checked.
    const article = visitor.locator('.prose-article');
    await expect(article).toContainText('Direct text');
    await expect(article).toContainText('Pasted text');
    const html = await article.innerHTML();
    expect(html).not.toMatch(/onerror|javascript:|<script|alert\(/i);
    expect(await visitor.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await reader.close();
  });

  test('an empty title is named next to the field, the typed body stays, and leaving asks first', async ({
    page,
    signIn,
  }) => {
    await signIn(page, 'editor', '/admin/articles/new');
    const editor = new EditorPage(page);
    await editor.typeBody('Body text that must survive the error.');
    await editor.saveDraft();
    const titleInput = editor.form.getByRole('textbox', { name: 'Title', exact: true });
    await expect(titleInput).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await titleInput.getAttribute('aria-describedby'))!;
    // By id on purpose: the check is that aria-describedby points at the message.
    await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(en.errors.titleRequired);
    await expect(titleInput).toHaveAccessibleDescription(en.errors.titleRequired);
    await expect(page.getByRole('alert').filter({ hasText: en.errors.summary })).toBeVisible();
    await expect(editor.body).toHaveText('Body text that must survive the error.');
    await expect(page).toHaveURL(/\/admin\/articles\/new$/);

    let asked = '';
    page.once('dialog', (d) => {
      asked = d.message();
      void d.dismiss();
    });
    await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Articles' }).click();
    await expect.poll(() => asked).toBe(en.editor.leaveConfirm);
    await expect(page).toHaveURL(/\/admin\/articles\/new$/);
    await expect(editor.body).toHaveText('Body text that must survive the error.');

    await titleInput.fill(`Rescued ${unique()}`);
    await editor.saveDraft();
    await expect(page).toHaveURL(/\/admin\/articles\/\d+\?notice=saved$/);
    await expect(editor.body).toHaveText('Body text that must survive the error.');

    // "New article" again starts from a blank form, not from the story just created.
    await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'New article' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.editor.newTitle);
    await expect(editor.form.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('');
  });
});
