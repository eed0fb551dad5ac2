import { type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { readJsonLd } from './support/page-metadata';
import { expect, test } from './support/test';

// A demo story by Daniel Okafor, in English and Arabic; no other spec uses it or his names.
const arArticle = `/ar/article/${encodeURIComponent('محطة-بئر-سلمى-الشمسية')}`;
const enArticle = '/en/article/bir-selma-solar-plant-grid';
const arAuthor = '/ar/author/daniel-okafor';

const byline = (page: Page) => page.locator('header a[rel="author"]');

async function jsonLdAuthor(page: Page): Promise<string> {
  const data = (await readJsonLd(page, 'NewsArticle')) as { author: { name: string }[] };
  return data.author[0]!.name;
}

/** The names form of Daniel's row on the staff screen, opened. */
async function danielNames(page: Page) {
  await page.goto('/admin/staff');
  const row = page.locator('tbody tr', { hasText: 'daniel@maydan.example' });
  await row.getByText('Names of Daniel Okafor').click();
  return row.locator('form', { has: page.getByRole('button', { name: 'Save names' }) });
}

test.describe('author names per language', () => {
  test('an admin names an author in Arabic: Arabic pages show it at once, English keeps the default, an empty Arabic name falls back isolated', async ({
    browser,
    signIn,
  }) => {
    // A long journey (nine page loads, four saves) on a machine that may be busy.
    test.setTimeout(180_000);
    const context = await browser.newContext({ locale: 'en-GB' });
    const admin = await context.newPage();
    await signIn(admin, 'admin', '/admin/staff');
    // Start from the demo name, whatever an earlier run against this server left.
    let form = await danielNames(admin);
    await form.getByLabel('Name in Arabic').fill('دانيال أوكافور');
    await form.getByRole('button', { name: 'Save names' }).click();
    await expect(form.getByRole('status')).toHaveText(/^(Names saved|Nothing to save)/);

    const reader = await (await browser.newContext({ locale: 'ar' })).newPage();
    // Warm the cached pages first: the change must expire them.
    await reader.goto(arArticle);
    await expect(byline(reader)).toHaveText('دانيال أوكافور');
    await reader.goto(arAuthor);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('مقالات دانيال أوكافور');

    form = await danielNames(admin);
    const arabic = form.getByLabel('Name in Arabic');
    await expect(arabic).toHaveAttribute('lang', 'ar');
    await expect(arabic).toHaveAttribute('dir', 'rtl');
    await expect(form.getByLabel('Name in French')).toHaveAttribute('dir', 'ltr');
    await expect(arabic).toHaveValue('دانيال أوكافور');

    // Too long: the error sits by the field, in the admin's language, and what was typed stays.
    await arabic.fill('د'.repeat(81));
    await form.getByRole('button', { name: 'Save names' }).click();
    await expect(form.getByLabel('Name in Arabic')).toHaveAccessibleDescription(/Use at most 80 characters\./);
    await expect(form.getByLabel('Name in Arabic')).toHaveValue('د'.repeat(81));

    await form.getByLabel('Name in Arabic').fill('  دانيال أوكافور الابن ');
    await form.getByRole('button', { name: 'Save names' }).click();
    await expect(form.getByRole('status')).toHaveText('Names saved. Readers see them now.');

    await reader.goto(arArticle);
    await expect(byline(reader)).toHaveText('دانيال أوكافور الابن');
    expect(await jsonLdAuthor(reader)).toBe('دانيال أوكافور الابن');
    await reader.goto(arAuthor);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('مقالات دانيال أوكافور الابن');
    await expect(reader).toHaveTitle(/^مقالات دانيال أوكافور الابن/);

    await reader.goto(enArticle);
    await expect(byline(reader)).toHaveText('Daniel Okafor');
    expect(await jsonLdAuthor(reader)).toBe('Daniel Okafor');

    // No Arabic name: the default shows, isolated so it does not scramble the Arabic sentence.
    form = await danielNames(admin);
    await form.getByLabel('Name in Arabic').fill('');
    await form.getByRole('button', { name: 'Save names' }).click();
    await expect(form.getByRole('status')).toHaveText('Names saved. Readers see them now.');
    await reader.goto(arArticle);
    await expect(byline(reader).locator('bdi')).toHaveText('Daniel Okafor');
    await reader.goto(arAuthor);
    await expect(reader.getByRole('heading', { level: 1 }).locator('bdi')).toHaveText('Daniel Okafor');

    // The audit log records the change.
    await admin.goto('/admin/audit');
    await expect(admin.locator('tbody tr', { hasText: 'Names changed' }).first()).toBeVisible();

    // Put the demo name back.
    form = await danielNames(admin);
    await form.getByLabel('Name in Arabic').fill('دانيال أوكافور');
    await form.getByRole('button', { name: 'Save names' }).click();
    await expect(form.getByRole('status')).toHaveText('Names saved. Readers see them now.');
    await reader.goto(arArticle);
    await expect(byline(reader)).toHaveText('دانيال أوكافور');
    await context.close();
    await reader.context().close();
  });

  test('an author edits their own names from “Your profile”, in Arabic, with errors by the field', async ({
    browser,
    signIn,
  }) => {
    const context = await browser.newContext({ locale: 'ar' });
    const page = await context.newPage();
    // A new name each run, so a second run against the same server still saves a change.
    const arabicName = `كاتب الاختبار ${Date.now().toString().slice(-6)}`;
    await signIn(page, 'author');
    await page.getByRole('navigation').getByRole('link', { name: 'ملفك الشخصي' }).click();
    await expect(page).toHaveURL(/\/admin\/profile$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ملفك الشخصي');
    await expect(page.getByLabel('الاسم الافتراضي')).toHaveValue('Test Author');
    const arabic = page.getByLabel('الاسم بالعربية');
    await expect(arabic).toHaveAttribute('dir', 'rtl');
    await expect(arabic).toHaveAttribute('lang', 'ar');

    await page.getByLabel('الاسم الافتراضي').fill('   ');
    await arabic.fill(arabicName);
    await page.getByRole('button', { name: 'حفظ الأسماء' }).click();
    await expect(page.getByLabel('الاسم الافتراضي')).toHaveAccessibleDescription(/أدخل اسمًا\./);
    await expect(page.getByLabel('الاسم بالعربية')).toHaveValue(arabicName);

    await page.getByLabel('الاسم الافتراضي').fill('Test Author');
    await page.getByRole('button', { name: 'حفظ الأسماء' }).click();
    await expect(page.getByRole('status')).toHaveText('حُفظت الأسماء. يراها القرّاء الآن.');
    await page.reload();
    await expect(page.getByLabel('الاسم بالعربية')).toHaveValue(arabicName);
    await expectNoAxeViolations(page);

    // Other people's names are on the staff screen, which is not theirs.
    const response = await page.goto('/admin/staff');
    expect(response?.status()).toBe(403);
    await context.close();
  });
});
