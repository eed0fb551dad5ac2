import sharp from 'sharp';
import { getProfileMessages } from '../lib/i18n/admin-profile';
import { fill } from '../lib/i18n/format';
import type { Locale } from '../lib/i18n/config';
import { expectNoAxeViolations, hasHorizontalScroll } from './support/axe';
import { readJsonLd } from './support/page-metadata';
import { EditorPage } from './support/pages/editor-page';
import { expect, test } from './support/test';

// Leila Haddad's demo story in Arabic (scripts/demo: a biography in each language and two profiles).
const AR_STORY = `/ar/article/${encodeURIComponent('ترميم-مدينة-زغران-العتيقة')}`;

test.describe('author profiles', () => {
  test('a story ends with its author’s biography in its language and their profiles; the author page lists them too', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'ar', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(AR_STORY);
    const box = page.getByRole('region', { name: 'عن ليلى حداد' });
    await expect(box).toContainText('محررة الشؤون السياسية في ميدان');
    await expect(box.getByRole('link', { name: 'X' })).toHaveAttribute('href', 'https://x.com/leilahaddad_example');
    await expect(box.getByRole('link', { name: 'Bluesky' })).toBeVisible();
    const ld = (await readJsonLd(page, 'NewsArticle')) as { author: { sameAs?: string[] }[] };
    expect(ld.author[0]!.sameAs).toContain('https://x.com/leilahaddad_example');
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectNoAxeViolations(page);

    await box.getByRole('link', { name: 'عن ليلى حداد' }).click();
    await expect(page).toHaveURL(/\/ar\/author\/leila-haddad$/);
    await expect(page.getByRole('main').getByRole('link', { name: 'Bluesky' })).toBeVisible();
    await context.close();
  });

  test('staff write their own profile: errors sit by the field with what was typed kept, then it saves', async ({
    page,
    signIn,
  }) => {
    await signIn(page, 'author', '/admin/profile');
    // The screen speaks the person's interface language (other specs may change it).
    const t = getProfileMessages((await page.locator('html').getAttribute('lang')) as Locale);
    const escape = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const form = page.getByRole('region', { name: t.profile.title });
    const arabic = form.getByLabel(fill(t.profile.bioIn, { language: t.languages.ar }));
    await expect(arabic).toHaveAttribute('dir', 'rtl');
    await arabic.fill('ب'.repeat(601));
    const links = form.getByLabel(t.profile.social);
    await links.fill('https://x.com/test_author\n\nhttp://insecure.example');
    await form.getByRole('button', { name: t.profile.save }).click();
    await expect(arabic).toHaveAccessibleDescription(escape(fill(t.profile.errors.bioTooLong, { max: 600 })));
    await expect(links).toHaveAccessibleDescription(escape(fill(t.profile.errors.url, { line: 3 })));
    await expect(arabic).toHaveValue('ب'.repeat(601));

    const bio = `كاتب في الاختبارات ${Date.now()}`;
    await arabic.fill(bio);
    await links.fill('https://x.com/test_author');
    await form.getByRole('button', { name: t.profile.save }).click();
    await expect(form.getByRole('status')).toHaveText(t.profile.saved);
    await page.reload();
    await expect(form.getByLabel(fill(t.profile.bioIn, { language: t.languages.ar }))).toHaveValue(bio);
    await expectNoAxeViolations(page);
  });
});

test('a staff member adds a photo: it shows round beside their biography, on their author page and in structured data', async ({
  page,
  browser,
  signIn,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'editor', '/admin/profile');
  const t = getProfileMessages((await page.locator('html').getAttribute('lang')) as Locale);
  const form = page.getByRole('region', { name: t.profile.title });
  await form.getByLabel(fill(t.profile.bioIn, { language: t.languages.en })).fill('Test Editor edits the test desk.');
  await form.getByLabel(t.profile.photo).setInputFiles({
    name: 'portrait.png',
    mimeType: 'image/png',
    buffer: await sharp({ create: { width: 300, height: 400, channels: 3, background: '#2b4c7e' } })
      .png()
      .toBuffer(),
  });
  await form.getByRole('button', { name: t.profile.save }).click();
  await expect(form.getByRole('status')).toHaveText(t.profile.saved);
  const stored = new URL((await form.locator('img').getAttribute('src'))!, page.url()).pathname;
  expect(stored).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{12}-portrait\.png$/);

  // A story they sign ends with the photo beside their biography.
  const editor = new EditorPage(page);
  await editor.gotoNew();
  const title = `Photo byline ${Date.now()}`;
  await editor.fillTitle(title);
  await editor.typeBody('A story with an author box.');
  await editor.publish();
  const href = (await page.getByRole('link', { name: editor.t.editor.viewLive }).getAttribute('href'))!;

  const reader = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await reader.goto(href);
  const box = reader.getByRole('region', { name: 'About Test Editor' });
  const photo = box.locator('img[data-author-photo]');
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((img) => (img as HTMLImageElement).currentSrc)).toContain(stored.replace(/\.png$/, ''));
  const ld = (await readJsonLd(reader, 'NewsArticle')) as { author: { image?: string }[] };
  expect(ld.author[0]!.image).toMatch(new RegExp(`${stored}$`));
  expect(await hasHorizontalScroll(reader)).toBe(false);
  await expectNoAxeViolations(reader);
  await box.getByRole('link', { name: 'About Test Editor' }).click();
  await expect(reader.getByRole('main').locator('img[data-author-photo]')).toBeVisible();
  await reader.context().close();

  // Removed, it is gone from the form (and the story keeps its biography alone).
  await page.goto('/admin/profile');
  await form.getByRole('checkbox', { name: t.profile.photoRemove }).check();
  await form.getByRole('button', { name: t.profile.save }).click();
  await expect(form.getByRole('status')).toHaveText(t.profile.saved);
  await expect(form.locator('img')).toHaveCount(0);
});
