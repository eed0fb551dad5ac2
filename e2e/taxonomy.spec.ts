import { expect, test, type Page } from '@playwright/test';
import { signIn } from './staff';

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

test.describe('sections and tags', () => {
  test('a tag name with markup is stored as typed and shown as inert text', async ({ page }) => {
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

  test('merging moves a tag into another; a section slug clash is shown by the field', async ({ page }) => {
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
    await expect(create.getByLabel('Slug (English)')).toHaveAccessibleDescription(/Another section already uses this slug in this language\./);
    await expect(create.getByLabel('Name (English)')).toHaveValue(`Politics again ${id}`);
    await expect(create.getByLabel('Slug (English)')).toHaveValue('politics');
  });
});
