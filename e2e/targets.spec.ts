import { expect, test, type Page } from '@playwright/test';
import { signIn } from './staff';

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
    for (const el of document.querySelectorAll('a[href], button, summary, select, input:not([type=hidden]), textarea')) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // checkVisibility() is false inside a closed <details> (laid out, but not shown).
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || !el.checkVisibility()) continue;
      if (el.closest('.sr-only') || el.matches('.sr-only')) continue;
      // "Skip to content" is hidden until focused.
      if (el.matches('a[href="#main"]') && box.top < 0) continue;
      if (inSentence(el) || el.closest('article .prose, [data-article-body]')) continue;
      if (box.width < 24 || box.height < 24) found.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? (el as HTMLInputElement).name ?? '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
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
        visit.push(new URL(await page.locator('main a[href*="/article/"]').first().getAttribute('href') ?? '', page.url()).pathname as never);
      }
      for (const path of visit) {
        await page.goto(path);
        expect(await smallTargets(page), path).toEqual([]);
      }
    });
  }

  for (const role of ['moderator', 'editor'] as const) {
    test(`the comment queue (${role})`, async ({ page }) => {
      await signIn(page, role, '/admin/comments');
      expect(await smallTargets(page)).toEqual([]);
    });
  }
});

test.describe('sections on a narrow phone (320 px)', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const locale of ['en', 'fr', 'ar'] as const) {
    test(`every section is visible in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}`);
      const nav = page.getByRole('navigation', { name: /./ }).filter({ has: page.locator('a[href*="/section/"]') }).first();
      const links = nav.locator('a[href*="/section/"]');
      expect(await links.count()).toBeGreaterThanOrEqual(5);
      for (const link of await links.all()) {
        await expect(link).toBeInViewport({ ratio: 1 });
      }
    });
  }
});
