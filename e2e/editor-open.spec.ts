import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { expect, test } from './support/test';

/**
 * Opening a story is not an edit: whatever the stored body looks like (demo stories, a story
 * with an inline image), the editor opens clean, autosaves nothing and leaving asks nothing.
 */
test('opening and leaving demo stories changes nothing', async ({ page, signIn }) => {
  test.setTimeout(180_000);
  await signIn(page, 'editor', '/admin?status=published');
  const links = page.locator('main a[href^="/admin/articles/"]');
  await expect(links.first()).toBeVisible();
  const hrefs = [
    ...new Set(
      (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).filter((h) =>
        /^\/admin\/articles\/\d+$/.test(h),
      ),
    ),
  ];
  expect(hrefs.length).toBeGreaterThanOrEqual(10);
  page.on('dialog', (dialog) => {
    throw new Error(`Unexpected dialog on ${page.url()}: ${dialog.message()}`);
  });
  for (const href of hrefs.slice(0, 17)) {
    await page.goto(href);
    await expect(page.locator('[data-editor-ready]')).toBeVisible();
    await expect(page.getByText('Unsaved changes'), href).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Articles' }).click();
    await expect(page).toHaveURL(/\/admin(\?|$)/);
  }
});

test('a story with an inline image opens clean after saving', async ({ page, signIn }) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-e2e-'));
  const imagePath = path.join(folder, 'inline.png');
  await sharp({ create: { width: 320, height: 200, channels: 3, background: { r: 160, g: 90, b: 20 } } })
    .png()
    .toFile(imagePath);
  await signIn(page, 'editor', '/admin/articles/new');
  const form = page.getByRole('form', { name: 'New article' });
  // The admin's language and the article's language are two controls with two names.
  await expect(page.getByRole('banner').getByLabel('Interface language', { exact: true })).toHaveCount(1);
  await expect(form.getByLabel('Language', { exact: true })).toHaveCount(1);
  await expect(page.getByLabel('Language', { exact: true })).toHaveCount(1);
  await form.getByLabel('Title', { exact: true }).fill(`Inline image ${Date.now()}`);
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('Before the picture.');
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Image' }).click();
  const insert = form.getByRole('group', { name: 'Insert an image' });
  await insert.getByLabel('Image file').setInputFiles(imagePath);
  await insert.getByLabel('Alternative text').fill('A brown rectangle');
  await insert.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(form.getByRole('img', { name: 'A brown rectangle' })).toBeVisible();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?notice=saved$/);
  const id = /articles\/(\d+)/.exec(page.url())![1];
  await page.goto(`/admin/articles/${id}`);
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  await expect(page.getByRole('img', { name: 'A brown rectangle' })).toBeVisible();
  await expect(page.getByText('Unsaved changes')).toHaveCount(0);
  fs.rmSync(folder, { recursive: true, force: true });
});

test('a story with captioned inline and featured images opens clean after saving', async ({ page, signIn }) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-e2e-'));
  const imagePath = path.join(folder, 'captioned.png');
  await sharp({ create: { width: 320, height: 200, channels: 3, background: { r: 20, g: 120, b: 90 } } })
    .png()
    .toFile(imagePath);
  await signIn(page, 'editor', '/admin/articles/new');
  const form = page.getByRole('form', { name: 'New article' });
  await form.getByLabel('Language', { exact: true }).selectOption('ar');
  await form.getByLabel('Title', { exact: true }).fill(`صورة مع شرح ${Date.now()}`);
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('قبل الصورة.');
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Image' }).click();
  const insert = form.getByRole('group', { name: 'Insert an image' });
  await insert.getByLabel('Image file').setInputFiles(imagePath);
  await insert.getByLabel('Alternative text').fill('مستطيل أخضر');
  // Characters HTML escapes, quotes, and right-to-left text with Latin inside.
  await insert.getByLabel('Caption', { exact: true }).fill('صيادون "عند الفجر" & <الميناء> 2026');
  await insert.getByLabel('Credit', { exact: true }).fill('تصوير: ليلى حداد / AFP');
  await insert.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(form.getByRole('img', { name: 'مستطيل أخضر' })).toBeVisible();
  const featured = form.getByRole('group', { name: 'Featured image' });
  await featured.getByLabel('Image file').setInputFiles(imagePath);
  await featured.getByLabel('Alternative text').fill('الميناء');
  await featured.getByLabel('Caption', { exact: true }).fill('الميناء القديم');
  await featured.getByLabel('Credit', { exact: true }).fill('أ ف ب');
  await featured.getByRole('button', { name: 'Upload' }).click();
  await expect(featured.getByRole('img', { name: 'الميناء' })).toBeVisible();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?notice=saved$/);
  const id = /articles\/(\d+)/.exec(page.url())![1];
  await page.goto(`/admin/articles/${id}`);
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('figcaption')).toHaveText(
    'صيادون "عند الفجر" & <الميناء> 2026 تصوير: ليلى حداد / AFP',
  );
  await expect(page.getByRole('group', { name: 'Featured image' }).getByLabel('Credit', { exact: true })).toHaveValue(
    'أ ف ب',
  );
  await expect(page.getByText('Unsaved changes')).toHaveCount(0);
  fs.rmSync(folder, { recursive: true, force: true });
});
