import { getAdminCorrectionsMessages } from '../lib/i18n/admin-corrections';
import { expectNoAxeViolations, hasHorizontalScroll } from './support/axe';
import { readJsonLd } from './support/page-metadata';
import { expect, test } from './support/test';

const t = getAdminCorrectionsMessages('en');
// A demo story no other spec reads: each run adds one more correction to it.
const STORY = { title: /^New lobbying register lists 63/, path: '/en/article/lobbying-register-first-month' };
// The demo's corrected story, in Arabic (scripts/demo/stories-a.ts, a-medina-housing).
const AR_STORY = `/ar/article/${encodeURIComponent('ترميم-مدينة-زغران-العتيقة')}`;

test.describe('corrections', () => {
  test('an editor publishes a correction: the story shows it at its end with a mark at the top, and the public log lists it first', async ({
    browser,
    page,
    signIn,
  }) => {
    test.setTimeout(120_000);
    const note = `The register listed 63 organisations, not 36 (check ${Date.now()}).`;
    const visitor = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    // Warm the cached pages: the correction must expire them.
    expect((await visitor.goto(STORY.path))!.status()).toBe(200);
    await visitor.goto('/en/corrections');
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Corrections');

    await signIn(page, 'editor', `/admin?q=${encodeURIComponent('New lobbying register')}`);
    await page.getByRole('link', { name: STORY.title }).first().click();
    await expect(page.locator('[data-editor-ready]')).toBeVisible();
    const panel = page.getByRole('region', { name: t.title });
    await expect(panel).toBeVisible();

    // Nothing typed: the error sits by the box, in the editor's language.
    const box = panel.getByLabel(t.body);
    await panel.getByRole('button', { name: t.add }).click();
    await expect(box).toHaveAccessibleDescription(new RegExp(t.errors.required.replace('.', '\\.')));
    // Too long: refused with the limit, and what was typed stays.
    const long = 'x'.repeat(1001);
    await box.fill(long);
    await panel.getByRole('button', { name: t.add }).click();
    await expect(box).toHaveAccessibleDescription(/Keep it under 1000 characters\./);
    await expect(box).toHaveValue(long);

    await box.fill(note);
    await panel.getByRole('button', { name: t.add }).click();
    await expect(panel.getByRole('status')).toHaveText(t.added);
    await expect(panel.locator('[data-corrections] li').last()).toContainText(note);
    await expect(box).toHaveValue('');
    await expectNoAxeViolations(page);

    // The reader's next request shows it: a mark under the headline leads to the note at the end.
    await visitor.goto(STORY.path);
    const article = visitor.getByRole('article');
    const mark = article.getByRole('link', { name: 'Corrected' });
    await expect(mark).toBeVisible();
    await expect(article.locator('header span', { hasText: /^Updated/ })).toBeVisible();
    const section = visitor.getByRole('region', { name: 'Corrections' });
    await expect(section.getByRole('listitem').last()).toContainText(note);
    await mark.click();
    await expect(visitor).toHaveURL(/#corrections$/);
    await expect(section).toBeInViewport();
    const ld = (await readJsonLd(visitor, 'NewsArticle')) as { correction: { text: string }[]; dateModified: string };
    expect(ld.correction.map((c) => c.text)).toContain(note);
    await expectNoAxeViolations(visitor);

    // The public log: newest first, each entry linking to the story's corrections.
    await visitor.goto('/en/corrections');
    const first = visitor.getByRole('main').getByRole('listitem').first();
    await expect(first).toContainText(note);
    await first.getByRole('link', { name: STORY.title }).click();
    await expect(visitor).toHaveURL(new RegExp(`${STORY.path}#corrections$`));
    await visitor.context().close();
  });

  test('Arabic: the corrected demo story and the log read right to left, fit a 360 px phone and pass axe', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'ar', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    expect((await page.goto(AR_STORY))!.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('article').getByRole('link', { name: 'مُصحَّح' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'تصحيحات' })).toContainText('أُطلق قبل أربع سنوات');
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectNoAxeViolations(page);

    // Reached from the footer of any page.
    await page.getByRole('contentinfo').getByRole('link', { name: 'تصحيحات' }).click();
    await expect(page).toHaveURL(/\/ar\/corrections$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('تصحيحات');
    await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: 'أُطلق قبل أربع سنوات' })).toHaveCount(
      1,
    );
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectNoAxeViolations(page);
    // Past the last page there is nothing.
    expect((await page.goto('/ar/corrections/page/99'))!.status()).toBe(404);
    await context.close();
  });
});
