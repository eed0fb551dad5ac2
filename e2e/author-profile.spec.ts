import { getProfileMessages } from '../lib/i18n/admin-profile';
import { fill } from '../lib/i18n/format';
import type { Locale } from '../lib/i18n/config';
import { expectNoAxeViolations, hasHorizontalScroll } from './support/axe';
import { readJsonLd } from './support/page-metadata';
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
