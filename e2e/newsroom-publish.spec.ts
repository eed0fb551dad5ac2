import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { slugify } from '../lib/slug';
import { EditorPage } from './support/pages/editor-page';
import { expect, test } from './support/test';
import { unique } from './support/unique';
import { fill } from '@/lib/i18n/format';

test.describe('newsroom: writing and publishing', () => {
  test('editor writes an Arabic story with an image, schedules it, publishes it; readers see it at once', async ({
    page,
    browser,
    signIn,
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
    const editor = new EditorPage(page);
    const { t: en, form } = editor;
    await form.getByLabel('Language').selectOption('ar');
    await form.getByLabel('Title', { exact: true }).fill(title);
    await expect(form.getByLabel('Slug (web address)')).toHaveValue(slug);
    await form.getByLabel('Standfirst').fill('مقدمة قصيرة للتقرير');
    await editor.body.click();
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
    // The result button's name is title + language + date: its first line is the title alone.
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
    await expect(editor.form.getByText(/^Scheduled for /)).toBeVisible();

    const reader = await browser.newContext();
    const anonymous = await reader.newPage();
    expect((await anonymous.goto(`/ar/article/${encodeURIComponent(slug)}`))!.status()).toBe(404);

    await editor.publish();

    // A fresh reader, no cookies: the story and the home page show it on the next request.
    const fresh = await browser.newContext();
    const visitor = await fresh.newPage();
    const response = await visitor.goto(`/ar/article/${encodeURIComponent(slug)}`);
    expect(response!.status()).toBe(200);
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(visitor.getByRole('img', { name: alt })).toBeVisible();
    await expect(visitor.getByText('فقرة أولى من نص التقرير')).toBeVisible();
    // Bold has no role: the article body's <strong> is what the toolbar button made.
    await expect(visitor.locator('.prose-article strong')).toHaveText('فقرة أولى من نص التقرير');
    await expect(visitor.getByRole('complementary', { name: 'شاهد أيضاً' }).getByRole('link').first()).toHaveText(
      relatedTitle,
    );
    await visitor.goto('/ar');
    await expect(visitor.getByRole('link', { name: title }).first()).toBeVisible();
    await Promise.all([reader.close(), fresh.close()]);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
