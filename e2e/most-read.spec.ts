import type { Page } from '@playwright/test';
import type { Locale } from '../lib/i18n/config';
import { getMessages } from '../lib/i18n/messages';
import { DEMO_DAY_VIEWS_MAX } from '../scripts/demo/views';
import { expectNoAxeViolations, hasHorizontalScroll } from './support/axe';
import { expect, test } from './support/test';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

const box = (page: Page, locale: Locale) => page.getByRole('region', { name: getMessages(locale).mostRead });

// The demo seeds view counts (scripts/demo/views.ts), so each language's box shows on a fresh site.
for (const locale of ['en', 'ar'] as const) {
  const t = getMessages(locale);

  test(`most read (${locale}): a story readers open climbs into the home page's list`, async ({ page, request }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${locale}`);
    const mostRead = box(page, locale);
    await expect(mostRead).toBeVisible();
    const day = mostRead.getByRole('list', { name: t.mostReadDay });
    const week = mostRead.getByRole('list', { name: t.mostReadWeek });
    await expect(day.getByRole('listitem')).not.toHaveCount(0);
    expect(await day.getByRole('listitem').count()).toBeLessThanOrEqual(5);
    await expect(week).toBeHidden();
    if (locale === 'ar') {
      // Right to left: the rank stands to the right of the headline.
      const first = day.getByRole('listitem').first();
      const rank = await first.locator('[aria-hidden="true"]').boundingBox();
      const link = await first.getByRole('link').boundingBox();
      expect(rank!.x).toBeGreaterThan(link!.x);
    }
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectNoAxeViolations(page);

    // The period is a radio group: keyboard alone switches the lists, without JavaScript's help.
    await mostRead.getByRole('radio', { name: t.mostReadDay }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(mostRead.getByRole('radio', { name: t.mostReadWeek })).toBeChecked();
    await expect(week).toBeVisible();
    await expect(day).toBeHidden();
    await expectNoAxeViolations(page);

    // A story of the home page that is in neither list.
    const listed = new Set(await mostRead.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    const hrefs = await page
      .locator('main a[href*="/article/"]:not([data-most-read] a)')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const target = hrefs.reverse().find((href) => !listed.has(href))!;
    expect(target).toBeTruthy();

    // Opened with JavaScript on: the page sends one beacon, answered 204 with nothing to keep.
    const beacon = page.waitForResponse((r) => r.url().endsWith('/api/views') && r.request().method() === 'POST');
    await page.goto(target);
    const response = await beacon;
    expect(response.status()).toBe(204);
    expect(response.headers()['set-cookie']).toBeUndefined();
    expect(response.headers()['cache-control']).toBe('no-store');
    const body = response.request().postData() ?? '';
    expect(body).toMatch(/^id=\d+$/);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    // The box is beside the story too.
    await expect(box(page, locale)).toBeVisible();

    // Other readers (other addresses) open it within the hour: more than any demo story has in a day.
    for (let i = 1; i <= DEMO_DAY_VIEWS_MAX + 10; i++) {
      const other = await request.post('/api/views', {
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'user-agent': CHROME,
          'sec-fetch-site': 'same-origin',
          'x-forwarded-for': `203.0.113.${i}`,
        },
        data: body,
      });
      expect(other.status()).toBe(204);
    }

    // It enters the 24-hour list at the top: the count refreshed the cached list, no waiting minutes.
    await expect(async () => {
      await page.goto(`/${locale}`);
      await expect(box(page, locale).getByRole('list', { name: t.mostReadDay }).getByRole('link').first()).toHaveText(
        title,
        { timeout: 1000 },
      );
    }).toPass({ timeout: 30_000, intervals: [500, 1000] });
  });
}

test('the beacon answers prefetches and crawlers as it answers readers, and offers nothing to read', async ({
  request,
}) => {
  const requests: Record<string, string>[] = [
    { 'sec-purpose': 'prefetch', 'user-agent': CHROME },
    { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
  ];
  for (const headers of requests) {
    const response = await request.post('/api/views', {
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      data: 'id=1',
    });
    expect(response.status()).toBe(204);
  }
  // Not a way to read anything either.
  expect((await request.get('/api/views')).status()).toBe(405);
});
