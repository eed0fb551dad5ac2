import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { getEditorMessages } from '../lib/i18n/admin-editor';
import { readJsonLd } from './support/page-metadata';
import { expect, test } from './support/test';

const en = getEditorMessages('en');
const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;
const editorForm = (page: Page) => page.getByRole('form', { name: /^(New article|Edit article)$/ });
const body = (page: Page) => page.getByRole('textbox', { name: 'Body' });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: en.toolbar.label });

let folder: string;
let imagePath: string;
test.beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-e2e-images-'));
  imagePath = path.join(folder, 'harbour.png');
  await sharp({ create: { width: 480, height: 300, channels: 3, background: { r: 30, g: 110, b: 150 } } })
    .png()
    .toFile(imagePath);
});
test.afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** Every save (a server action call carrying the article's fields) and every page load of the main frame, from now on. */
function watchSaves(page: Page) {
  const seen = { saves: 0, loads: [] as string[] };
  page.on('request', (r) => {
    // The pickers' searches are server actions too; only a save sends the story's fields.
    if (r.method() === 'POST' && r.headers()['next-action'] && (r.postData() ?? '').includes('"seoDescription"'))
      seen.saves += 1;
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.loads.push(frame.url());
  });
  return seen;
}

/** Fills the inline "Insert an image" panel (file, alt text, caption, credit). */
async function fillInsert(page: Page, alt: string, caption: string, credit: string): Promise<Locator> {
  await toolbar(page).getByRole('button', { name: en.toolbar.image }).click();
  const insert = editorForm(page).getByRole('group', { name: en.image.insertTitle });
  await insert.getByLabel(en.image.file).setInputFiles(imagePath);
  await insert.getByLabel(en.image.caption, { exact: true }).fill(caption);
  await insert.getByLabel(en.image.credit, { exact: true }).fill(credit);
  await insert.getByLabel(en.image.alt, { exact: true }).fill(alt);
  return insert;
}

test('Enter in the image, link, title and search fields of a new story inserts or applies, and never saves it', async ({
  page,
  signIn,
}) => {
  await signIn(page, 'editor', '/admin/articles/new');
  const form = editorForm(page);
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  const seen = watchSaves(page);
  const title = form.getByLabel('Title', { exact: true });
  await title.fill(`Enter keys ${unique()}`);
  await title.press('Enter');
  await body(page).click();
  await page.keyboard.type('Harbour words');

  // The link panel: Enter applies the link to the selected word.
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await toolbar(page).getByRole('button', { name: en.toolbar.link }).click();
  await form.getByLabel(en.toolbar.linkUrl).fill('https://example.org/harbour');
  await form.getByLabel(en.toolbar.linkUrl).press('Enter');
  await expect(body(page).getByRole('link', { name: 'words' })).toHaveAttribute('href', 'https://example.org/harbour');

  // Alt text, then Enter: the image goes in with its caption and credit.
  await body(page).press('End');
  const insert = await fillInsert(page, 'Boats in the harbour', 'Boats return at dawn', 'Layla Haddad / Maydan');
  await insert.getByLabel(en.image.alt, { exact: true }).press('Enter');
  const figure = body(page)
    .locator('figure')
    .filter({ has: page.getByRole('img', { name: 'Boats in the harbour' }) });
  await expect(figure.locator('figcaption')).toHaveText('Boats return at dawn Layla Haddad / Maydan');
  await expect(figure.locator('figcaption small.credit')).toHaveText('Layla Haddad / Maydan');
  await expect(insert).toHaveCount(0);

  // The featured image's fields too: Enter in its alt text uploads it.
  const featured = form.getByRole('group', { name: en.image.featured });
  await featured.getByLabel(en.image.file).setInputFiles(imagePath);
  await featured.getByLabel(en.image.alt, { exact: true }).fill('The harbour from the hill');
  await featured.getByLabel(en.image.alt, { exact: true }).press('Enter');
  await expect(featured.getByRole('img', { name: 'The harbour from the hill' })).toBeVisible();
  await featured.getByLabel(en.image.caption, { exact: true }).fill('The harbour');
  await featured.getByLabel(en.image.caption, { exact: true }).press('Enter');
  await form.getByRole('group', { name: en.editor.related }).getByLabel(en.picker.search).press('Enter');

  // Nothing was saved and nothing reloaded: still the unsaved new story.
  expect(seen).toEqual({ saves: 0, loads: [] });
  await expect(page).toHaveURL(/\/admin\/articles\/new$/);
  await expect(page.getByRole('form', { name: 'New article' })).toBeVisible();
  await expect(page.getByText(en.editor.unsaved)).toBeVisible();

  // Select the image, then edit its alt text, caption and credit; Enter applies.
  await figure.getByRole('img').click();
  const imageTool = toolbar(page).getByRole('button', { name: en.toolbar.image });
  await expect(imageTool).toHaveAttribute('aria-pressed', 'true');
  await imageTool.click();
  const selected = form.getByRole('group', { name: en.image.editTitle });
  await expect(selected.getByLabel(en.image.caption, { exact: true })).toHaveValue('Boats return at dawn');
  await selected.getByLabel(en.image.alt, { exact: true }).fill('Fishing boats in the harbour');
  await selected.getByLabel(en.image.caption, { exact: true }).fill('Fishing boats return at dawn');
  await selected.getByLabel(en.image.credit, { exact: true }).fill('Photo: Layla Haddad');
  await selected.getByLabel(en.image.credit, { exact: true }).press('Enter');
  await expect(selected).toHaveCount(0);
  const edited = body(page)
    .locator('figure')
    .filter({ has: page.getByRole('img', { name: 'Fishing boats in the harbour' }) });
  await expect(edited.locator('figcaption')).toHaveText('Fishing boats return at dawn Photo: Layla Haddad');
  expect(seen).toEqual({ saves: 0, loads: [] });

  // Only the Save button saves.
  await page.getByRole('button', { name: en.workflow.saveDraft }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?notice=saved$/, { timeout: 30_000 });
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  await expect(body(page).locator('figure figcaption')).toHaveText('Fishing boats return at dawn Photo: Layla Haddad');
  await expect(
    form.getByRole('group', { name: en.image.featured }).getByLabel(en.image.caption, { exact: true }),
  ).toHaveValue('The harbour');
  await expect(page.getByText(en.editor.unsaved)).toHaveCount(0);
});

test('Enter in the image fields of a published story saves no revision', async ({ page, signIn }) => {
  await signIn(page, 'editor', '/admin/articles/new');
  const form = editorForm(page);
  await form.getByLabel('Title', { exact: true }).fill(`No revision ${unique()}`);
  await body(page).click();
  await page.keyboard.type('Published words.');
  await page.getByRole('button', { name: en.workflow.publish }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?notice=publish$/, { timeout: 30_000 });
  const id = /articles\/(\d+)/.exec(page.url())![1];
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  const revisions = async () =>
    (await (await page.request.get(`/admin/articles/${id}/revisions`)).text()).match(/<tr /g)?.length ?? 0;
  const before = await revisions();
  const seen = watchSaves(page);
  await body(page).click();
  await page.keyboard.press('End');
  const insert = await fillInsert(page, 'A second picture', 'Caption two', 'Credit two');
  await insert.getByLabel(en.image.caption, { exact: true }).press('Enter');
  await expect(body(page).getByRole('img', { name: 'A second picture' })).toBeVisible();
  await expect(page.getByText(en.editor.unsaved)).toBeVisible();
  expect(seen).toEqual({ saves: 0, loads: [] });
  expect(await revisions()).toBe(before);
});

for (const language of ['en', 'ar'] as const) {
  test(`readers see caption and credit under the inline and featured images (${language})`, async ({
    page,
    browser,
    signIn,
  }) => {
    const words =
      language === 'ar'
        ? {
            title: `قوارب الصيد ${unique()}`,
            alt: 'قوارب في الميناء',
            caption: 'قوارب الصيد تعود فجراً',
            credit: 'تصوير: ليلى حداد',
            leadAlt: 'الميناء من التل',
            leadCaption: 'الميناء القديم',
            leadCredit: 'أ ف ب',
          }
        : {
            title: `Fishing boats ${unique()}`,
            alt: 'Boats in the harbour',
            caption: 'Boats return at dawn & unload',
            credit: 'Photo: Layla Haddad',
            leadAlt: 'The harbour from the hill',
            leadCaption: 'The old harbour',
            leadCredit: 'AFP',
          };
    await signIn(page, 'editor', '/admin/articles/new');
    const form = editorForm(page);
    await form.getByLabel('Language').selectOption(language);
    await form.getByLabel('Title', { exact: true }).fill(words.title);
    const slug = await form.getByLabel('Slug (web address)').inputValue();
    await body(page).click();
    await page.keyboard.type(language === 'ar' ? 'فقرة أولى.' : 'First paragraph.');
    const insert = await fillInsert(page, words.alt, words.caption, words.credit);
    await insert.getByRole('button', { name: en.image.insert, exact: true }).click();
    await expect(body(page).getByRole('img', { name: words.alt })).toBeVisible();
    const featured = form.getByRole('group', { name: en.image.featured });
    await featured.getByLabel(en.image.file).setInputFiles(imagePath);
    await featured.getByLabel(en.image.alt, { exact: true }).fill(words.leadAlt);
    await featured.getByLabel(en.image.caption, { exact: true }).fill(words.leadCaption);
    await featured.getByLabel(en.image.credit, { exact: true }).fill(`  ${words.leadCredit}  `);
    await featured.getByRole('button', { name: en.image.upload }).click();
    await expect(featured.getByRole('img', { name: words.leadAlt })).toBeVisible();
    await expect(featured.getByLabel(en.image.credit, { exact: true })).toHaveValue(words.leadCredit);
    await page.getByRole('button', { name: en.workflow.publish }).click();
    await expect(page).toHaveURL(/\/admin\/articles\/\d+\?notice=publish$/, { timeout: 30_000 });

    const context = await browser.newContext();
    const reader = await context.newPage();
    expect((await reader.goto(`/${language}/article/${encodeURIComponent(slug)}`))!.status()).toBe(200);
    const article = reader.getByRole('article');
    const lead = article.locator('figure').filter({ has: reader.getByRole('img', { name: words.leadAlt }) });
    await expect(lead.locator('figcaption')).toHaveText(`${words.leadCaption} ${words.leadCredit}`);
    await expect(lead.locator('figcaption .credit')).toHaveText(words.leadCredit);
    const inline = article
      .locator('.prose-article figure')
      .filter({ has: reader.getByRole('img', { name: words.alt }) });
    await expect(inline.locator('figcaption')).toHaveText(`${words.caption} ${words.credit}`);
    await expect(inline.locator('figcaption .credit')).toHaveText(words.credit);
    // Under the image, not beside it.
    const [imageBox, captionBox] = await Promise.all([
      inline.getByRole('img').boundingBox(),
      inline.locator('figcaption').boundingBox(),
    ]);
    expect(captionBox!.y).toBeGreaterThanOrEqual(imageBox!.y + imageBox!.height);
    const jsonLd = (await readJsonLd(reader, 'NewsArticle')) as { image: unknown[] };
    expect(jsonLd.image[0]).toMatchObject({
      '@type': 'ImageObject',
      caption: words.leadCaption,
      creditText: words.leadCredit,
    });
    await context.close();
  });
}
