import type { Page } from '@playwright/test';
import { getAdminBreakingMessages } from '../lib/i18n/admin-breaking';
import { expectNoAxeViolations, hasHorizontalScroll } from './support/axe';
import { expect, test } from './support/test';

const t = getAdminBreakingMessages('en');
const FR_STORY = '/fr/article/assemblee-adopte-budget-2027';

/** `at` as the form's datetime-local value (with seconds) on the site's clocks. */
function siteTime(at: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
}

const banner = (page: Page) => page.getByRole('complementary', { name: 'Dernière minute' });

// French pages only, and each banner lives seconds: other specs reading French pages meanwhile
// may see it, which is what readers would see too.
test.describe('breaking news', () => {
  // One banner at a time: the newest shows, so these two must not overlap.
  test.describe.configure({ mode: 'serial' });
  test('an editor puts up a banner: French pages show it at once, a reader dismisses it, and it goes on time by itself', async ({
    page,
    browser,
    signIn,
  }) => {
    test.setTimeout(180_000);
    await signIn(page, 'editor', '/admin/breaking');
    const form = page.getByRole('form', { name: t.formTitle });
    const zone = /Time in (.+)\. At most/.exec((await form.getByText(/^Time in /).textContent())!)![1]!;

    // Another site's link without words or a language: refused next to each field, typed link kept.
    await form.getByLabel(t.link).fill('https://example.org/live');
    await form.getByLabel(t.until).fill(siteTime(new Date(Date.now() + 3600_000), zone));
    await form.getByRole('button', { name: t.add }).click();
    await expect(form.getByLabel(t.text)).toHaveAccessibleDescription(new RegExp(t.errors.textRequired));
    await expect(form.getByLabel(t.language)).toHaveAccessibleDescription(new RegExp(t.errors.languageRequired));
    await expect(form.getByLabel(t.link)).toHaveValue('https://example.org/live');

    const words = `Polls close in the capital ${Date.now()}`;
    await form.getByLabel(t.text).fill(words);
    await form.getByLabel(t.language).selectOption('fr');
    // Ends 20 seconds from now, on the site's clocks.
    await form.getByLabel(t.until).fill(siteTime(new Date(Date.now() + 20_000), zone));
    await form.getByRole('button', { name: t.add }).click();
    await expect(form.getByRole('status')).toHaveText(t.added);

    const reader = await (
      await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 740 } })
    ).newPage();
    await reader.goto('/fr');
    await expect(banner(reader).getByRole('link', { name: words })).toHaveAttribute('href', 'https://example.org/live');
    expect(await hasHorizontalScroll(reader)).toBe(false);
    await expectNoAxeViolations(reader);
    await reader.goto(FR_STORY);
    await expect(banner(reader)).toContainText(words);
    // Only French pages.
    await reader.goto('/en');
    await expect(reader.locator('[data-breaking]')).toHaveCount(0);

    // Dismissed, it stays hidden in this browser; another reader still sees it.
    await reader.goto('/fr');
    await banner(reader).getByRole('button', { name: 'Masquer l’alerte' }).click();
    await expect(banner(reader)).toBeHidden();
    await reader.reload();
    await expect(reader.locator('[data-breaking]')).toBeHidden();
    const other = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    await other.goto('/fr');
    await expect(banner(other)).toContainText(words);

    // Its time passes: the next pages no longer show it, with nothing written.
    await expect(async () => {
      await other.goto('/fr');
      await expect(other.locator('[data-breaking]')).toHaveCount(0, { timeout: 1000 });
    }).toPass({ timeout: 60_000, intervals: [2000] });
    await reader.context().close();
    await other.context().close();
  });

  test('a banner on one of our stories shows its headline until an editor ends it', async ({
    page,
    browser,
    signIn,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, 'editor', '/admin/breaking');
    const form = page.getByRole('form', { name: t.formTitle });
    await form.getByLabel(t.link).fill(FR_STORY);
    await form.getByRole('button', { name: t.add }).click();
    await expect(form.getByRole('status')).toHaveText(t.added);

    const reader = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    await reader.goto('/fr/section/politique');
    const link = banner(reader).getByRole('link');
    await expect(link).toHaveAttribute('href', FR_STORY);
    const headline = (await link.textContent())!.trim();
    await link.click();
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(headline);

    const row = page.getByRole('listitem').filter({ hasText: headline }).filter({ hasText: t.current });
    await row.getByRole('button', { name: `${t.end}: ${headline}` }).click();
    await expect(page.getByRole('listitem').filter({ hasText: headline }).first()).toContainText(t.ended);
    await reader.reload();
    await expect(reader.locator('[data-breaking]')).toHaveCount(0);
    await reader.context().close();
  });
});
