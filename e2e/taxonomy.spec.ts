import { type Page } from '@playwright/test';
import { getEditorMessages } from '../lib/i18n/admin-editor';
import { slugify } from '../lib/slug';
import { EditorPage } from './support/pages/editor-page';
import { expect, test, type SignIn } from './support/test';

const en = getEditorMessages('en');
const ar = getEditorMessages('ar');

const suffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Fails the test if any script runs a dialog (alert, confirm…). */
function watchDialogs(page: Page) {
  const seen: string[] = [];
  page.on('dialog', async (dialog) => {
    seen.push(dialog.message());
    await dialog.dismiss();
  });
  return seen;
}

async function createTag(page: Page, name: string) {
  await page.goto('/admin/tags?locale=en');
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Create tag' }) });
  await form.getByLabel('Language').selectOption('en');
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByRole('button', { name: 'Create tag' }).click();
  await expect(form.getByRole('status')).toHaveText('Tag created.');
}

/** Saves a draft through the editor (in the signed-in person's language) and answers its address. */
async function draftWithTags(page: Page, t: typeof en, locale: 'en' | 'ar', title: string, tags: string) {
  await page.goto(`/admin/articles/new?locale=${locale}`);
  await new EditorPage(page).ready();
  const form = page.getByRole('form', { name: t.editor.newTitle });
  await form.getByLabel(t.editor.title, { exact: true }).fill(title);
  await page.getByRole('textbox', { name: t.editor.body, exact: true }).click();
  await page.keyboard.type('A paragraph.');
  await form.getByLabel(t.editor.tags, { exact: true }).fill(tags);
  await form.getByRole('button', { name: t.workflow.saveDraft }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?notice=saved$/);
  return new URL(page.url()).pathname;
}

/** Publishes an article as the editor, in a context of its own. */
async function publishAsEditor(page: Page, articlePath: string, signIn: SignIn) {
  const context = await page.context().browser()!.newContext();
  const editor = await context.newPage();
  await signIn(editor, 'editor', articlePath);
  await new EditorPage(editor).publish();
  await context.close();
}

test.describe('sections and tags', () => {
  test('a tag name with markup is stored as typed and shown as inert text', async ({ page, signIn }) => {
    const dialogs = watchDialogs(page);
    await signIn(page, 'editor', '/admin/tags');
    const id = suffix();
    const name = `<img src=x onerror=alert(1)><b>x${id}</b>`;
    await createTag(page, name);

    await page.goto(`/admin/tags?locale=en&q=${encodeURIComponent(`x${id}`)}`);
    const cell = page.getByRole('rowheader', { name, exact: true });
    await expect(cell).toBeVisible();
    await expect(cell).toHaveText(name);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('main b')).toHaveCount(0);
    const slug = (await page.locator('tbody tr', { has: cell }).locator('td').nth(1).textContent())!.trim();
    expect(slug).toMatch(/^[a-z0-9-]+$/);

    // A tag on no published story has no reader page, even once a draft carries it.
    expect((await page.request.get(`/en/tag/${slug}`)).status()).toBe(404);
    const story = await draftWithTags(page, en, 'en', `Tagged story ${id}`, name);
    expect((await page.request.get(`/en/tag/${slug}`)).status()).toBe(404);
    await publishAsEditor(page, story, signIn);

    // The reader's tag page shows it as text too.
    await page.goto(`/en/tag/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tag: ${name}`);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);

    // And so does the audit log, for an admin.
    const admin = await page.context().browser()!.newContext();
    const adminPage = await admin.newPage();
    const adminDialogs = watchDialogs(adminPage);
    await signIn(adminPage, 'admin', '/admin/audit?action=tag.save');
    await expect(adminPage.locator('tbody tr', { hasText: name }).first()).toBeVisible();
    await expect(adminPage.locator('img[src="x"]')).toHaveCount(0);
    expect([...dialogs, ...adminDialogs]).toEqual([]);
    await admin.close();
  });

  test('merging moves a tag into another; a section slug clash is shown by the field', async ({ page, signIn }) => {
    await signIn(page, 'editor', '/admin/tags');
    const id = suffix();
    const source = `Merge source ${id}`;
    const target = `Merge target ${id}`;
    await createTag(page, source);
    await createTag(page, target);
    await page.goto(`/admin/tags?locale=en&q=${encodeURIComponent(id)}`);
    await expect(page.getByRole('rowheader')).toHaveText([source, target]);

    const merge = page.locator('form', { has: page.getByRole('button', { name: 'Merge ticked tags' }) });
    // Nothing ticked: refused with a message, nothing changes.
    await merge.getByLabel('Tag to keep').selectOption({ label: target });
    await merge.getByRole('button', { name: 'Merge ticked tags' }).click();
    await expect(merge.getByRole('alert')).toHaveText('Tick at least one tag to merge.');
    await page.getByRole('checkbox', { name: `Select ${source} for merging` }).check();
    await merge.getByRole('button', { name: 'Merge ticked tags' }).click();
    await expect(merge.getByRole('status')).toHaveText('Tags merged.');
    await expect(page.getByRole('rowheader')).toHaveText([target]);

    await page.goto('/admin/sections');
    const create = page.locator('form', { has: page.getByRole('button', { name: 'Create section' }) });
    await create.getByLabel('Name (English)').fill(`Politics again ${id}`);
    await create.getByLabel('Slug (English)').fill('politics');
    await create.getByRole('button', { name: 'Create section' }).click();
    await expect(create.getByLabel('Slug (English)')).toHaveAccessibleDescription(
      /Another section already uses this slug in this language\./,
    );
    await expect(create.getByLabel('Name (English)')).toHaveValue(`Politics again ${id}`);
    await expect(create.getByLabel('Slug (English)')).toHaveValue('politics');
  });

  test('a tag an author types on a draft stays private until an editor publishes the story', async ({
    page,
    signIn,
  }) => {
    const id = suffix();
    const tag = `وسم خاص ${id}`;
    const tagPath = `/ar/tag/${encodeURIComponent(slugify(tag))}`;
    await signIn(page, 'author', '/admin/articles/new?locale=ar');
    const story = await draftWithTags(page, ar, 'ar', `مسودة موسومة ${id}`, tag);
    const reader = await page.context().browser()!.newContext();
    const visitor = await reader.newPage();
    const hidden = await visitor.goto(tagPath);
    expect(hidden!.status()).toBe(404);
    await expect(visitor.getByRole('heading', { level: 1 })).not.toContainText(tag);

    await publishAsEditor(page, story, signIn);
    const shown = await visitor.goto(tagPath);
    expect(shown!.status()).toBe(200);
    await expect(visitor.getByRole('heading', { level: 1 })).toContainText(tag);
    await reader.close();
  });

  test('a section with no published story in a language has no page and is not in the menu', async ({
    page,
    signIn,
  }) => {
    await signIn(page, 'editor', '/admin/sections');
    const id = suffix();
    const name = `Empty desk ${id}`;
    const create = page.locator('form', { has: page.getByRole('button', { name: 'Create section' }) });
    await create.getByLabel('Name (English)').fill(name);
    await create.getByRole('button', { name: 'Create section' }).click();
    await expect(page.getByText(name).first()).toBeVisible();
    const reader = await page.context().browser()!.newContext();
    const visitor = await reader.newPage();
    expect((await visitor.goto(`/en/section/${slugify(name)}`))!.status()).toBe(404);
    await visitor.goto('/en');
    await expect(visitor.getByRole('link', { name, exact: true })).toHaveCount(0);
    await reader.close();
  });
});
