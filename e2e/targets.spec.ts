import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';

/**
 * WCAG 2.2 target size (2.5.8): every link, button and control a person taps is at least
 * 24×24 CSS px, unless it is a link inside a sentence (the standard's "inline" exception).
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const inSentence = (el: Element) => {
      if (el.tagName !== 'A') return false;
      const block = el.closest('p, li, dd, blockquote, figcaption');
      if (!block || block === el) return false;
      // A link that is the whole content of its block is a target of its own, not part of text.
      return (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 1;
    };
    for (const el of document.querySelectorAll(
      'a[href], button, summary, select, input:not([type=hidden]), textarea',
    )) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // checkVisibility() is false inside a closed <details> (laid out, but not shown).
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || !el.checkVisibility()) continue;
      if (el.closest('.sr-only') || el.matches('.sr-only')) continue;
      // "Skip to content" is hidden until focused.
      if (el.matches('a[href="#main"]') && box.top < 0) continue;
      if (inSentence(el) || el.closest('article .prose, [data-article-body]')) continue;
      if (box.width < 24 || box.height < 24)
        found.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? (el as HTMLInputElement).name ?? '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    }
    return found;
  });
}

const readerPages = {
  en: ['/en', '/en/article/assembly-passes-2027-budget'],
  fr: ['/fr'],
  ar: ['/ar'],
} as const;

test.describe('target sizes on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const [locale, paths] of Object.entries(readerPages)) {
    test(`reader pages in ${locale}`, async ({ page }) => {
      const visit = [...paths];
      if (locale !== 'en') {
        // The first story of the home page, in that language.
        await page.goto(`/${locale}`);
        visit.push(
          new URL((await page.locator('main a[href*="/article/"]').first().getAttribute('href')) ?? '', page.url())
            .pathname as never,
        );
      }
      for (const path of visit) {
        await page.goto(path);
        expect(await smallTargets(page), path).toEqual([]);
      }
    });
  }

  for (const role of ['moderator', 'editor'] as const) {
    test(`the comment queue (${role})`, async ({ page, signIn }) => {
      await signIn(page, role, '/admin/comments');
      expect(await smallTargets(page)).toEqual([]);
    });
  }
});

/**
 * WCAG 2.5.5 (AAA): the main actions are at least 44×44 CSS px on a phone. Returns those that
 * are smaller, and fails when there is none to measure (a renamed selector must not pass).
 */
async function smallMainActions(page: Page, selectors: Record<string, string>): Promise<string[]> {
  const found: string[] = [];
  for (const [name, selector] of Object.entries(selectors)) {
    const targets = page.locator(selector);
    expect(await targets.count(), `${name} on ${page.url()}`).toBeGreaterThan(0);
    for (const target of await targets.all()) {
      const box = await target.boundingBox();
      if (!box || box.width < 44 || box.height < 44)
        found.push(
          `${name} "${(await target.textContent())?.trim().slice(0, 30)}" ${Math.round(box?.width ?? 0)}×${Math.round(box?.height ?? 0)}`,
        );
    }
  }
  return found;
}

const readerMainActions = {
  'language switcher': 'header:not(main header) nav a[hreflang]',
  'section menu': 'header:not(main header) nav a[href*="/section/"]',
  'comment form submit': '#comments form button[type="submit"]',
  'reply link': '#comments a[data-reply-to]',
};

/** Stories with comments (the demo content's). */
const storiesWithComments = {
  en: '/en/article/assembly-passes-2027-budget',
  fr: '/fr/article/municipales-scrutin-12-octobre',
  ar: '/ar/article/%D8%A7%D9%84%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A-%D9%8A%D8%B5%D8%A7%D8%AF%D9%82-%D8%B9%D9%84%D9%89-%D9%85%D9%8A%D8%B2%D8%A7%D9%86%D9%8A%D8%A9-2027',
};

test.describe('main actions on a phone are 44×44 (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const locale of ['en', 'fr', 'ar'] as const) {
    test(`reader in ${locale}: comment form, reply, languages, sections, pagination`, async ({ page }) => {
      await page.goto(storiesWithComments[locale]);
      expect(await smallMainActions(page, readerMainActions)).toEqual([]);
      // No demo listing is longer than a page: the pagination component itself, on a real listing
      // page with the site's styles.
      await page.locator('header:not(main header) nav a[href*="/section/"]').first().click();
      await expect(page).toHaveURL(/\/section\//);
      const pagination = execFileSync(
        path.join(process.cwd(), 'node_modules/.bin/tsx'),
        ['e2e/render-pagination.tsx', locale],
        { encoding: 'utf8' },
      );
      await page
        .locator('main')
        .first()
        .evaluate((main, html) => main.insertAdjacentHTML('beforeend', html), pagination);
      expect(await smallMainActions(page, { pagination: 'main nav a[rel="next"], main nav a[rel="prev"]' })).toEqual(
        [],
      );
    });
  }

  test('the comment queue: approve, spam, trash and reply of each comment', async ({ page, signIn }) => {
    await signIn(page, 'moderator', '/admin/comments');
    expect(
      await smallMainActions(page, {
        'row action': '[data-comment-row] button[name="op"]:not([value="delete"])',
        reply: '[data-comment-row] details[data-shortcut="reply"] > summary',
      }),
    ).toEqual([]);
  });
});

test.describe('the comment queue stays compact on a desktop (1280 px)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('row actions keep their small size', async ({ page, signIn }) => {
    await signIn(page, 'moderator', '/admin/comments');
    const button = page.locator('[data-comment-row] button[name="op"]').first();
    expect((await button.boundingBox())!.height).toBeLessThan(36);
  });
});

test.describe('sections on a narrow phone (320 px)', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const locale of ['en', 'fr', 'ar'] as const) {
    test(`every section is visible in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}`);
      const nav = page
        .getByRole('navigation', { name: /./ })
        .filter({ has: page.locator('a[href*="/section/"]') })
        .first();
      const links = nav.locator('a[href*="/section/"]');
      expect(await links.count()).toBeGreaterThanOrEqual(5);
      for (const link of await links.all()) {
        await expect(link).toBeInViewport({ ratio: 1 });
      }
    });
  }
});
