import { getEditorMessages } from '../lib/i18n/admin-editor';
import { slugify } from '../lib/slug';
import { EditorPage } from './support/pages/editor-page';
import { actionRequest, replayHeaders } from './support/server-actions';
import { expect, test } from './support/test';
import { unique } from './support/unique';

const en = getEditorMessages('en');

test.describe('newsroom: who may publish and preview', () => {
  test('author saves and submits, sees no publish button, and the publish action refuses them and anonymous callers', async ({
    page,
    browser,
    playwright,
    baseURL,
    signIn,
  }) => {
    const title = `مسودة الكاتب ${unique()}`;
    await signIn(page, 'author', '/admin/articles/new');
    const editor = new EditorPage(page, 'ar');
    const ar = editor.t;
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await editor.form.getByLabel(ar.editor.title, { exact: true }).fill(title);
    await editor.typeBody('نص المسودة');
    const createCall = actionRequest(page, '"commentsOpen"');
    await editor.form.getByRole('button', { name: ar.workflow.saveDraft }).click();
    const create = await createCall;
    await expect(page).toHaveURL(/\/admin\/articles\/\d+/);
    for (const forbidden of [ar.workflow.publish, ar.workflow.schedule, ar.workflow.archive, ar.workflow.unpublish]) {
      await expect(page.getByRole('button', { name: forbidden, exact: true })).toHaveCount(0);
    }

    const submitCall = actionRequest(page, '"transition":"submit"');
    await page.getByRole('button', { name: ar.workflow.submit }).click();
    const submit = await submitCall;
    await expect(page.getByText(ar.workflow.done.submit)).toBeVisible();
    await expect(page.getByRole('button', { name: ar.workflow.submit })).toHaveCount(0);

    // Replaying the real call with "publish" instead, at the current version, as the author.
    const [id, payload] = JSON.parse(submit.postData()!) as [number, { expectedVersion: number }];
    const publishBody = JSON.stringify([
      id,
      { ...payload, transition: 'publish', expectedVersion: payload.expectedVersion + 1 },
    ]);
    const asAuthor = await page.request.post(submit.url(), {
      headers: replayHeaders(submit, baseURL!),
      data: publishBody,
    });
    expect(asAuthor.status()).toBe(200);
    expect(await asAuthor.text()).toContain(ar.errors.forbidden);

    // The same call, and a create, from someone not signed in at all.
    const anonymous = await playwright.request.newContext({ baseURL });
    const anonPublish = await anonymous.post(submit.url(), {
      headers: replayHeaders(submit, baseURL!),
      data: publishBody,
    });
    expect(await anonPublish.text()).toContain('signed-out');
    const hijackTitle = `Anonymous ${unique()}`;
    const createBody = create
      .postData()!
      .replace(JSON.stringify(title), JSON.stringify(hijackTitle))
      .replace(/"slug":"[^"]*"/, '"slug":""');
    const anonCreate = await anonymous.post(create.url(), {
      headers: replayHeaders(create, baseURL!),
      data: createBody,
    });
    expect(await anonCreate.text()).toContain('signed-out');
    expect((await anonymous.get(`/ar/article/${encodeURIComponent(slugify(title))}`)).status()).toBe(404);
    await anonymous.dispose();

    await page.reload();
    await expect(page.getByText(`${ar.editor.status}: بانتظار المراجعة`)).toBeVisible();
    await page.goto(`/admin?q=${encodeURIComponent(title)}&status=pending`);
    await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
    // An editor sees every article: the anonymous create left nothing behind.
    const editorContext = await browser.newContext();
    const editorPage = await editorContext.newPage();
    await signIn(editorPage, 'editor', `/admin?q=${encodeURIComponent(hijackTitle)}`);
    await expect(editorPage.getByText(en.list.empty)).toBeVisible();
    await editorPage.goto(`/admin?q=${encodeURIComponent(title)}`);
    await expect(editorPage.getByRole('link', { name: title, exact: true })).toBeVisible();
    await editorContext.close();
  });

  test('preview shows a draft to staff with a banner and noindex; anonymous visitors are sent to sign in', async ({
    page,
    browser,
    request,
    signIn,
  }) => {
    await signIn(page, 'editor');
    const editor = new EditorPage(page);
    const title = `Preview draft ${unique()}`;
    const id = await editor.createDraft(title, 'Only staff can read this yet.');
    // Autosave: a few seconds after the last keystroke, announced in the live region.
    await editor.body.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Autosaved words.');
    await expect(page.getByRole('status').filter({ hasText: /^Autosaved at \d/ })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(en.editor.unsaved)).toHaveCount(0);
    const response = await page.goto(`/en/preview/${id}`);
    expect(response!.status()).toBe(200);
    await expect(page.getByRole('note', { name: 'Preview' })).toContainText(en.preview.banner);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText('Only staff can read this yet. Autosaved words.')).toBeVisible();
    // In the head, where no role reaches.
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');

    const redirect = await request.get(`/en/preview/${id}`, { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expect(redirect.headers().location).toMatch(/\/admin\/login\?from=/);
    const anonymous = await browser.newContext({ javaScriptEnabled: false });
    const visitor = await anonymous.newPage();
    await visitor.goto(`/en/preview/${id}`);
    await expect(visitor).toHaveURL(/\/admin\/login/);
    await expect(visitor.getByText('Only staff can read this yet.')).toHaveCount(0);
    expect((await visitor.goto(`/en/article/${encodeURIComponent(slugify(title))}`))!.status()).toBe(404);
    await anonymous.close();

    // Another author's draft is not theirs to preview: they get the "not found" page.
    const authorContext = await browser.newContext();
    const author = await authorContext.newPage();
    await signIn(author, 'author');
    await author.goto(`/en/preview/${id}`);
    await expect(author.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(author.getByText('Only staff can read this yet.')).toHaveCount(0);
    await expect(author.getByText(title)).toHaveCount(0);
    await authorContext.close();
  });
});
