import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page, type Request } from '@playwright/test';
import sharp from 'sharp';
import { getEditorMessages } from '../lib/i18n/admin-editor';
import { getLiveMessages } from '../lib/i18n/admin-live';
import { slugify } from '../lib/slug';
import { expectNoAxeViolations } from './fixtures';
import { signIn } from './staff';
import { fill } from '@/lib/i18n/format';

const en = getEditorMessages('en');
const ar = getEditorMessages('ar');
const live = getLiveMessages('en');
const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;
// By role: Next keeps recently left screens in the DOM, hidden; roles only see the shown one.
const editorForm = (page: Page) =>
  page.getByRole('form', { name: /^(New article|Edit article|مقال جديد|تحرير المقال)$/ });
const body = (page: Page) => page.getByRole('textbox', { name: /^(Body|النص)$/ });

/** Writes a new English draft through the editor and answers its id. */
async function createDraft(page: Page, title: string, text = 'A first paragraph.') {
  await page.goto('/admin/articles/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await body(page).click();
  await page.keyboard.type(text);
  await page.getByRole('button', { name: en.workflow.saveDraft }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?notice=saved$/);
  return Number(/articles\/(\d+)/.exec(page.url())![1]);
}

/** A server action call the page just made, to replay it as someone else. */
function actionRequest(page: Page, marker: string): Promise<Request> {
  return page.waitForRequest(
    (r) => r.method() === 'POST' && Boolean(r.headers()['next-action']) && (r.postData() ?? '').includes(marker),
  );
}

function replayHeaders(request: Request, baseURL: string) {
  const h = request.headers();
  return {
    'next-action': h['next-action']!,
    'next-router-state-tree': h['next-router-state-tree']!,
    accept: 'text/x-component',
    'content-type': 'text/plain;charset=UTF-8',
    origin: baseURL,
  };
}

test.describe('newsroom', () => {
  test('editor writes an Arabic story with an image, schedules it, publishes it; readers see it at once', async ({
    page,
    browser,
  }) => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-e2e-'));
    const imagePath = path.join(folder, 'chart.png');
    await sharp({ create: { width: 320, height: 200, channels: 3, background: { r: 20, g: 90, b: 160 } } })
      .png()
      .toFile(imagePath);
    const title = `تقرير تجريبي عن الميزانية ${unique()}`;
    const slug = slugify(title);
    const alt = 'رسم بياني يوضح توزيع الميزانية';

    await signIn(page, 'editor', '/admin/articles/new');
    const form = editorForm(page);
    await form.getByLabel('Language').selectOption('ar');
    await form.getByLabel('Title', { exact: true }).fill(title);
    await expect(form.getByLabel('Slug (web address)')).toHaveValue(slug);
    await form.getByLabel('Standfirst').fill('مقدمة قصيرة للتقرير');
    await body(page).click();
    const bold = page.getByRole('toolbar', { name: en.toolbar.label }).getByRole('button', { name: en.toolbar.bold });
    await expect(bold).toHaveAttribute('aria-pressed', 'false');
    await bold.click();
    await expect(bold).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.type('فقرة أولى من نص التقرير');
    await form.getByLabel('Section').selectOption({ label: 'اقتصاد' });
    // Pickers: a related story in Arabic, shown first under "Check also"; translations come from other languages.
    const related = form.getByRole('group', { name: en.editor.related });
    await related.getByLabel(en.picker.search).fill('المجلس الوطني يصادق');
    const choice = related.getByRole('list', { name: en.picker.results }).getByRole('button').first();
    const relatedTitle = (await choice.locator('span').first().innerText()).trim();
    await choice.click();
    await expect(related.getByRole('button', { name: fill(en.picker.remove, { title: relatedTitle }) })).toBeVisible();
    const translation = form.getByRole('group', { name: en.editor.translationOf });
    await translation.getByLabel(en.picker.search).fill('budget');
    const sources = translation.getByRole('list', { name: en.picker.results }).getByRole('button');
    await expect(sources.first()).toBeVisible();
    expect((await sources.allInnerTexts()).some((text) => text.includes('العربية'))).toBe(false);
    await form.getByLabel('Tags').fill('ميزانية, برلمان');
    // A text file named .png is refused by the server, next to the field.
    const fakePath = path.join(folder, 'fake.png');
    fs.writeFileSync(fakePath, 'this is not an image');
    await form.getByLabel('Image file').setInputFiles(fakePath);
    await form.getByLabel('Alternative text').fill(alt);
    await form.getByRole('button', { name: en.image.upload }).click();
    await expect(form.getByLabel('Image file')).toHaveAccessibleDescription(
      new RegExp(en.image.errors['not-an-image']),
    );
    await form.getByLabel('Image file').setInputFiles(imagePath);
    await form.getByLabel('Alternative text').fill(alt);
    await form.getByRole('button', { name: en.image.upload }).click();
    await expect(form.getByRole('img', { name: alt })).toBeVisible();

    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    await expect(form.getByText(fill(en.workflow.timeZone, { zone }))).toBeVisible();
    const later = await page.evaluate(() => {
      const d = new Date(Date.now() + 3 * 24 * 3600_000);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    });
    await form.getByLabel(en.workflow.scheduleAt).fill(later);
    await form.getByRole('button', { name: en.workflow.schedule, exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/articles\/\d+\?notice=schedule$/);
    await expect(page.getByText(en.workflow.done.schedule)).toBeVisible();
    await expect(editorForm(page).getByText(/^Scheduled for /)).toBeVisible();

    const reader = await browser.newContext();
    const anonymous = await reader.newPage();
    expect((await anonymous.goto(`/ar/article/${encodeURIComponent(slug)}`))!.status()).toBe(404);

    await page.getByRole('button', { name: en.workflow.publish }).click();
    await expect(page.getByText(en.workflow.done.publish)).toBeVisible();

    // A fresh reader, no cookies: the story and the home page show it on the next request.
    const fresh = await browser.newContext();
    const visitor = await fresh.newPage();
    const response = await visitor.goto(`/ar/article/${encodeURIComponent(slug)}`);
    expect(response!.status()).toBe(200);
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(visitor.getByRole('img', { name: alt })).toBeVisible();
    await expect(visitor.getByText('فقرة أولى من نص التقرير')).toBeVisible();
    await expect(visitor.locator('.prose-article strong')).toHaveText('فقرة أولى من نص التقرير');
    await expect(visitor.getByRole('complementary', { name: 'شاهد أيضاً' }).getByRole('link').first()).toHaveText(
      relatedTitle,
    );
    await visitor.goto('/ar');
    await expect(visitor.getByRole('link', { name: title }).first()).toBeVisible();
    await Promise.all([reader.close(), fresh.close()]);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('author saves and submits, sees no publish button, and the publish action refuses them and anonymous callers', async ({
    page,
    browser,
    playwright,
    baseURL,
  }) => {
    const title = `مسودة الكاتب ${unique()}`;
    await signIn(page, 'author', '/admin/articles/new');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const form = editorForm(page);
    await form.getByLabel(ar.editor.title, { exact: true }).fill(title);
    await body(page).click();
    await page.keyboard.type('نص المسودة');
    const createCall = actionRequest(page, '"commentsOpen"');
    await form.getByRole('button', { name: ar.workflow.saveDraft }).click();
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
    const editor = await editorContext.newPage();
    await signIn(editor, 'editor', `/admin?q=${encodeURIComponent(hijackTitle)}`);
    await expect(editor.getByText(en.list.empty)).toBeVisible();
    await editor.goto(`/admin?q=${encodeURIComponent(title)}`);
    await expect(editor.getByRole('link', { name: title, exact: true })).toBeVisible();
    await editorContext.close();
  });

  test('two tabs on one article: the second save shows both versions and the person chooses', async ({
    page,
    context,
  }) => {
    await signIn(page, 'editor');
    const id = await createDraft(page, `Conflict story ${unique()}`);
    const other = await context.newPage();
    await other.goto(`/admin/articles/${id}`);

    await page.getByLabel('Title', { exact: true }).fill('Title from tab A');
    await page.getByRole('button', { name: en.workflow.saveDraft }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();

    await other.getByLabel('Title', { exact: true }).fill('Title from tab B');
    await other.getByRole('button', { name: en.workflow.saveDraft }).click();
    const dialog = other.getByRole('dialog', { name: en.conflict.title });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('region', { name: en.conflict.mine })).toContainText('Title from tab B');
    await expect(dialog.getByRole('region', { name: /^Their version/ })).toContainText('Title from tab A');
    await expect(dialog.getByRole('region', { name: /^Their version/ })).toContainText('A first paragraph.');
    await dialog.getByRole('button', { name: en.conflict.keepMine }).click();
    await expect(dialog).toBeHidden();
    await expect(other.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Title from tab B');

    // Now tab B is behind: its next save conflicts again, and this time it takes theirs.
    await page.getByLabel('Standfirst').fill('Standfirst from tab A');
    await page.getByRole('button', { name: en.workflow.saveDraft }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
    await other.getByLabel('Title', { exact: true }).fill('Discarded title');
    await other.getByRole('button', { name: en.workflow.saveDraft }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: en.conflict.takeTheirs }).click();
    await expect(dialog).toBeHidden();
    await expect(other.getByLabel('Title', { exact: true })).toHaveValue('Title from tab B');
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
    await expect(editorForm(page).getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(/^Conflict story /);
  });

  test('preview shows a draft to staff with a banner and noindex; anonymous visitors are sent to sign in', async ({
    page,
    browser,
    request,
  }) => {
    await signIn(page, 'editor');
    const title = `Preview draft ${unique()}`;
    const id = await createDraft(page, title, 'Only staff can read this yet.');
    // Autosave: a few seconds after the last keystroke, announced in the live region.
    await body(page).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Autosaved words.');
    await expect(page.getByRole('status').filter({ hasText: /^Autosaved at \d/ })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(en.editor.unsaved)).toHaveCount(0);
    const response = await page.goto(`/en/preview/${id}`);
    expect(response!.status()).toBe(200);
    await expect(page.getByRole('note', { name: 'Preview' })).toContainText(en.preview.banner);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText('Only staff can read this yet. Autosaved words.')).toBeVisible();
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

  test('hostile HTML, pasted or sent straight to the save action, never reaches readers', async ({
    page,
    browser,
    baseURL,
  }) => {
    await signIn(page, 'editor');
    const title = `Hostile paste ${unique()}`;
    const id = await createDraft(page, title, 'Safe words.');
    const hostile =
      '<p>Pasted text</p><img src=x onerror="window.__xss=1;alert(1)"><a href="javascript:alert(2)">click</a><script>alert(3)</script>';
    await body(page).click();
    await body(page).evaluate((element, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Pasted text');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, hostile);
    await expect(body(page)).toContainText('Pasted text');
    const saveCall = actionRequest(page, '"version"');
    await page.getByRole('button', { name: en.workflow.saveDraft }).click();
    const save = await saveCall;
    await expect(page.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();

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
    await expect(body(page)).toContainText('Direct text');
    await page.getByRole('button', { name: en.workflow.publish }).click();
    await expect(page.getByText(en.workflow.done.publish)).toBeVisible();

    const reader = await browser.newContext();
    const visitor = await reader.newPage();
    const dialogs: string[] = [];
    visitor.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await visitor.goto(`/en/article/${encodeURIComponent(slugify(title))}`);
    const article = visitor.locator('.prose-article');
    await expect(article).toContainText('Direct text');
    await expect(article).toContainText('Pasted text');
    const html = await article.innerHTML();
    expect(html).not.toMatch(/onerror|javascript:|<script|alert\(/i);
    expect(await visitor.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await reader.close();
  });

  test('an empty title is named next to the field, the typed body stays, and leaving asks first', async ({ page }) => {
    await signIn(page, 'editor', '/admin/articles/new');
    await body(page).click();
    await page.keyboard.type('Body text that must survive the error.');
    await page.getByRole('button', { name: en.workflow.saveDraft }).click();
    const titleInput = editorForm(page).getByRole('textbox', { name: 'Title', exact: true });
    await expect(titleInput).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await titleInput.getAttribute('aria-describedby'))!;
    await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(en.errors.titleRequired);
    await expect(titleInput).toHaveAccessibleDescription(en.errors.titleRequired);
    await expect(page.getByRole('alert').filter({ hasText: en.errors.summary })).toBeVisible();
    await expect(body(page)).toHaveText('Body text that must survive the error.');
    await expect(page).toHaveURL(/\/admin\/articles\/new$/);

    let asked = '';
    page.once('dialog', (d) => {
      asked = d.message();
      void d.dismiss();
    });
    await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Articles' }).click();
    await expect.poll(() => asked).toBe(en.editor.leaveConfirm);
    await expect(page).toHaveURL(/\/admin\/articles\/new$/);
    await expect(body(page)).toHaveText('Body text that must survive the error.');

    await titleInput.fill(`Rescued ${unique()}`);
    await page.getByRole('button', { name: en.workflow.saveDraft }).click();
    await expect(page).toHaveURL(/\/admin\/articles\/\d+\?notice=saved$/);
    await expect(body(page)).toHaveText('Body text that must survive the error.');

    // "New article" again starts from a blank form, not from the story just created.
    await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'New article' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.editor.newTitle);
    await expect(editorForm(page).getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('');
  });

  test('dashboard: tabs, filters and pages work without JavaScript; dashboard and editor pass axe in English and Arabic', async ({
    page,
    browser,
  }) => {
    await signIn(page, 'editor');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.list.title);
    await expectNoAxeViolations(page);
    const noScript = await browser.newContext({
      storageState: await page.context().storageState(),
      javaScriptEnabled: false,
    });
    const list = await noScript.newPage();
    await list.goto('/admin');
    const tabs = list.getByRole('navigation', { name: en.list.statusTabs });
    await tabs.getByRole('link', { name: /^Published \(\d+\)$/ }).click();
    await expect(list).toHaveURL(/\/admin\?status=published$/);
    await expect(tabs.getByRole('link', { name: /^Published/ })).toHaveAttribute('aria-current', 'page');
    const filters = list.getByRole('search', { name: en.list.filters });
    await filters.getByLabel(en.list.language).selectOption('fr');
    await filters.getByLabel(en.list.search).fill('budget');
    await filters.getByLabel(en.list.sort).selectOption('title');
    await filters.getByRole('button', { name: 'Apply' }).click();
    await expect(list).toHaveURL(/status=published/);
    await expect(list).toHaveURL(/locale=fr/);
    await expect(list).toHaveURL(/q=budget/);
    const titles = await list
      .getByRole('table')
      .locator('tbody tr td:first-child a[href^="/admin/articles/"]')
      .allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.some((t) => /budget/i.test(t))).toBe(true);
    const languages = await list.getByRole('table').locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(new Set(languages)).toEqual(new Set(['Français']));
    const statuses = await list.getByRole('table').locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(new Set(statuses)).toEqual(new Set(['Published']));
    await list.goto('/admin?status=published');
    await list.getByRole('navigation', { name: en.list.pagination }).getByRole('link', { name: en.list.next }).click();
    await expect(list).toHaveURL(/page=2/);
    await expect(list.getByText(/^Page 2 of \d+$/)).toBeVisible();
    await noScript.close();

    await page.goto('/admin/articles/new');
    await expect(body(page)).toBeVisible();
    await expectNoAxeViolations(page);

    const arabic = await browser.newContext();
    const author = await arabic.newPage();
    await signIn(author, 'author');
    await expect(author.locator('html')).toHaveAttribute('dir', 'rtl');
    await expectNoAxeViolations(author);
    await author.goto('/admin/articles/new');
    await expect(body(author)).toBeVisible();
    await expectNoAxeViolations(author);
    await arabic.close();
  });
});
