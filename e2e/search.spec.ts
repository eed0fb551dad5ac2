import { getLiveMessages } from '../lib/i18n/admin-live';
import { fill, formatNumber } from '../lib/i18n/format';
import { expectNoAxeViolations, hasHorizontalScroll } from './support/axe';
import { blns, injected, vector, watchDialogs } from './moderation-helpers';
import { EditorPage } from './support/pages/editor-page';
import { freshAddress, newSearchContext, SearchPage } from './support/pages/search-page';
import { expect, test } from './support/test';
import { unique } from './support/unique';

/** A word of many demo stories in English (more than one page of ten results). */
const MANY = 'year';
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test.describe('reader search', () => {
  // Searches are limited per address: each test searches from an address of its own.
  test.beforeEach(async ({ context }) => {
    await context.setExtraHTTPHeaders({ 'x-forwarded-for': freshAddress() });
  });

  test('English, on a phone: the header button opens the field; results mark the words', async ({ browser }) => {
    const context = await newSearchContext(browser, phone);
    const page = await context.newPage();
    const search = new SearchPage(page, 'en');
    await page.goto('/en/article/assembly-passes-2027-budget');
    await expect(search.headerField).toBeHidden();
    await expect(search.headerButton).toBeVisible();
    await search.headerButton.focus();
    await page.keyboard.press('Enter');
    await expect(search.headerField).toBeVisible();
    await search.headerField.fill('budget');
    await search.headerField.press('Enter');
    await expect(page).toHaveURL(/\/en\/search\?q=budget$/);
    await expect(search.results.first()).toBeVisible();
    await expect(search.heading).toContainText('“budget”');
    expect((await search.marks.allInnerTexts()).map((m) => m.toLowerCase())).toContain('budget');
    await expect(search.field).toHaveValue('budget');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    expect(await hasHorizontalScroll(page)).toBe(false);
    await context.close();
  });

  test('Arabic, on a phone: right to left, a variant spelling finds the same story', async ({ browser }) => {
    const context = await newSearchContext(browser, phone);
    const page = await context.newPage();
    const search = new SearchPage(page, 'ar');
    await page.goto('/ar');
    await search.searchFromHeader('الميزانيّة');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(search.results.first()).toBeVisible();
    await expect(search.results.getByRole('link', { name: /المجلس الوطني يصادق على ميزانية 2027/ })).toBeVisible();
    await expect(search.marks.first()).toBeVisible();
    // The results form keeps the query as typed; the summary is the Arabic word.
    await expect(search.field).toHaveValue('الميزانيّة');
    await expect(search.heading).toContainText('«الميزانيّة»');
    expect(await hasHorizontalScroll(page)).toBe(false);
    await context.close();
  });

  test('without JavaScript: the header form and the filters work; every choice is in the URL', async ({ browser }) => {
    const context = await newSearchContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    const search = new SearchPage(page, 'en');
    await page.goto('/en');
    await search.headerField.fill(MANY);
    await search.headerField.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/en/search\\?q=${MANY}$`));
    await expect(search.results.first()).toBeVisible();
    await expect(search.marks.first()).toBeVisible();
    const all = await search.total();
    expect(all).toBeGreaterThan(10);

    // A section narrows the results and stays in the URL (and in the form). The filters are
    // folded away while none is in use, so that the results come first on a phone.
    await expect(search.form.getByLabel('Section')).toBeHidden();
    await search.openFilters();
    await search.form.getByLabel('Section').selectOption({ label: 'Economy' });
    await search.form.getByRole('button', { name: 'Apply' }).click();
    // Only what was chosen: the filters left at "any" stay out of the URL.
    await expect(page).toHaveURL(new RegExp(`/en/search\\?q=${MANY}&section=economy$`));
    await expect(search.form.getByLabel('Section')).toHaveValue('economy');
    const narrowed = await search.total();
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    await expect(search.results.locator('a[href*="/section/"]')).toHaveText(
      Array(await search.results.count()).fill(/economy/i),
    );

    // Shared as a link, the same search gives the same page.
    const shared = page.url();
    const other = await newSearchContext(browser, { javaScriptEnabled: false });
    const again = new SearchPage(await other.newPage(), 'en');
    await again.page.goto(shared);
    expect(await again.total()).toBe(narrowed);
    await other.close();
    await context.close();
  });

  test('numbered pages: the second page, marked as current, shows other stories', async ({ page }) => {
    const search = new SearchPage(page, 'en');
    await search.goto({ q: MANY });
    const total = await search.total();
    expect(total).toBeGreaterThan(10);
    await expect(search.results).toHaveCount(10);
    const first = await search.titles();
    await expect(search.pagination.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    await search.pagination.getByRole('link', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(new RegExp(`\\?q=${MANY}&page=2$`));
    await expect(search.pagination.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    await expect(search.results).toHaveCount(Math.min(10, total - 10));
    const second = await search.titles();
    expect(second.filter((title) => first.includes(title))).toEqual([]);
    await expect(search.pagination.getByRole('link', { name: /Previous page/ })).toBeVisible();

    // Past the last page readers may open (50): a request to refine instead of results.
    await search.goto({ q: MANY, page: '51' });
    await expect(search.heading).toContainText('Only the first 50 pages');
    await expect(search.results).toHaveCount(0);
  });

  test('all languages: each result carries its language (lang, dir and a label)', async ({ page }) => {
    const search = new SearchPage(page, 'en');
    await search.goto({ q: '2027' });
    const english = await search.total();
    await search.form.getByLabel('Search in all languages').check();
    await search.form.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=2027&lang=all$/);
    expect(await search.total()).toBeGreaterThan(english);
    const arabic = search.results.and(page.locator('[lang="ar"]'));
    await expect(arabic.first()).toHaveAttribute('dir', 'rtl');
    await expect(arabic.first()).toContainText('العربية');
    const french = search.results.and(page.locator('[lang="fr"]'));
    await expect(french.first()).toHaveAttribute('dir', 'ltr');
    await expect(french.first()).toContainText('Français');
    await expect(search.results.and(page.locator('[lang="en"]')).first()).toContainText('English');
    await expectNoAxeViolations(page);
  });

  test('nothing found: said in the language, with a close spelling and the latest stories', async ({ page }) => {
    const search = new SearchPage(page, 'en');
    await search.goto({ q: 'zqxjvwk' });
    await expect(search.heading).toHaveText('No stories match “zqxjvwk”.');
    await expect(page.getByRole('heading', { name: 'Latest stories' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Latest stories' }).getByRole('article').first()).toBeVisible();

    // Only stop words, or only punctuation: the same page, never an error.
    for (const q of ['the of and', '!!! ??? ...', '"" - OR']) {
      const response = await search.goto({ q });
      expect(response?.status()).toBe(200);
      await expect(search.heading).toContainText('No stories match');
      await expect(page.getByRole('heading', { name: 'Latest stories' })).toBeVisible();
    }

    // A misspelt word from a headline: the close spelling, as a link to its search.
    await search.goto({ q: 'assembley' });
    const suggestion = page.getByRole('main').getByRole('link', { name: 'assembly', exact: true });
    await expect(suggestion).toBeVisible();
    await suggestion.click();
    await expect(page).toHaveURL(/\?q=assembly$/);
    await expect(search.results.first()).toBeVisible();

    const fr = new SearchPage(page, 'fr');
    await fr.goto({ q: 'zqxjvwk' });
    await expect(fr.heading).toHaveText('Aucun article ne correspond à « zqxjvwk ».');
  });

  test('an over-long query is refused next to the field, with the text kept', async ({ page }) => {
    const search = new SearchPage(page, 'ar');
    const long = 'ب'.repeat(201);
    await search.goto({ q: long });
    await expect(search.field).toHaveValue(long);
    await expect(search.field).toHaveAttribute('aria-invalid', 'true');
    await expect(search.field).toHaveAccessibleDescription(
      new RegExp(fill(search.t.errors['too-long'], { max: formatNumber('ar', 200) }).replace('.', '\\.')),
    );
    await expect(search.results).toHaveCount(0);

    const en = new SearchPage(page, 'en');
    await en.goto({ q: 'x'.repeat(250) });
    await expect(en.form.getByText('This search is too long: use at most 200 characters.')).toBeVisible();

    // A malformed date range: said next to the dates.
    await en.goto({ q: 'budget', date: 'range', from: '2026-05-01', to: '2026-01-01' });
    await expect(en.form.getByLabel('From')).toHaveAccessibleDescription(
      /The first date must come before the second\./,
    );
  });

  test('hostile queries never error and never render as markup', async ({ page }) => {
    const dialogs = watchDialogs(page);
    const search = new SearchPage(page, 'en');
    const hostile = [
      vector(7),
      vector(37),
      blns((s) => s.includes('<script>')),
      blns((s) => /DROP TABLE|1;DROP/i.test(s)),
      blns((s) => /[\u202a-\u202e]/.test(s)),
      blns((s) => /\p{Emoji_Presentation}/u.test(s)),
      blns((s) => /[\u0001-\u0008]/.test(s)),
      blns((s) => /[\u0600-\u06ff]/.test(s)),
      `"unbalanced ' quote -`,
      "'; select pg_sleep(5); --",
      '<mark>budget</mark> \uE000budget\uE001',
    ];
    for (const q of hostile) {
      const response = await search.goto({ q });
      expect(response?.status(), q).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
      expect(await injected(page), q).toEqual([]);
      // The only marks are the search's own, around words (never a tag from the query).
      for (const mark of await search.marks.allInnerTexts()) expect(mark).not.toMatch(/[<>]/);
    }
    // Markup in a query is text: `<mark>` typed by a reader is shown, not rendered.
    await expect(search.heading).toContainText('<mark>budget</mark>');
    expect(dialogs).toEqual([]);
  });

  test('OpenSearch: a well-formed description per language, linked from every reader page', async ({
    page,
    request,
    baseURL,
  }) => {
    const response = await request.get('/opensearch.xml?hl=ar');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/opensearchdescription+xml');
    await page.goto('/en');
    const description = await page.evaluate(async () => {
      const text = await (await fetch('/opensearch.xml?hl=ar')).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://a9.com/-/spec/opensearch/1.1/';
      const one = (name: string) => doc.getElementsByTagNameNS(ns, name)[0]?.textContent ?? null;
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        shortName: one('ShortName'),
        description: one('Description'),
        encoding: one('InputEncoding'),
        language: one('Language'),
        template: doc.getElementsByTagNameNS(ns, 'Url')[0]?.getAttribute('template'),
        type: doc.getElementsByTagNameNS(ns, 'Url')[0]?.getAttribute('type'),
      };
    });
    expect(description).toEqual({
      error: false,
      shortName: 'ميدان',
      description: 'ابحث في أخبار ميدان بالعربية',
      encoding: 'UTF-8',
      language: 'ar',
      template: `${baseURL}/ar/search?q={searchTerms}`,
      type: 'text/html',
    });
    // Without a language: the default language's.
    expect(await (await request.get('/opensearch.xml')).text()).toContain(`${baseURL}/en/search?q={searchTerms}`);

    for (const [path, locale] of [
      ['/en', 'en'],
      ['/ar/section/%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF', 'ar'],
      ['/fr/search?q=budget', 'fr'],
    ] as const) {
      await page.goto(path);
      const link = page.locator('head link[rel="search"][type="application/opensearchdescription+xml"]');
      await expect(link).toHaveCount(1);
      await expect(link).toHaveAttribute('href', `/opensearch.xml?hl=${locale}`);
    }
    // The results pages are not for search engines.
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });

  test('addresses: the search page per language only; empty filters leave the URL', async ({ request }) => {
    expect((await request.get('/en/search/anything')).status()).toBe(404);
    const tidy = await request.get('/ar/search?q=budget&section=&author=&date=&from=&to=&sort=', { maxRedirects: 0 });
    expect(tidy.status()).toBe(307);
    expect(new URL(tidy.headers()['location']!, 'http://x').search).toBe('?q=budget');
    const plain = await request.get('/opensearch.xml', { maxRedirects: 0 });
    expect(plain.status()).toBe(200);
  });

  test('axe: the results page and the phone header with the field open', async ({ page, browser }) => {
    const search = new SearchPage(page, 'en');
    await search.goto({ q: MANY, section: 'economy', sort: 'newest' });
    await expect(search.results.first()).toBeVisible();
    await expectNoAxeViolations(page);
    const ar = new SearchPage(page, 'ar');
    await ar.goto({ q: 'الميزانية' });
    await expect(ar.results.first()).toBeVisible();
    await expectNoAxeViolations(page);

    const context = await newSearchContext(browser, phone);
    const small = new SearchPage(await context.newPage(), 'ar');
    await small.page.goto('/ar');
    await small.headerButton.click();
    await expect(small.headerField).toBeVisible();
    await expectNoAxeViolations(small.page);
    await context.close();
  });

  test('too many searches from one address: a localized message, the query kept', async ({ browser, request }) => {
    const address = freshAddress();
    const message = 'Vous avez lancé beaucoup de recherches en peu de temps. Patientez une minute, puis réessayez.';
    // The limit (30 a minute, the default) counts in fixed minutes: searches that straddle a
    // minute's end are counted in two windows, so the refusal comes after 30 to 60 searches.
    let allowed = 0;
    for (; allowed <= 60; allowed++) {
      const response = await request.get('/fr/search?q=budget', { headers: { 'x-forwarded-for': address } });
      expect(response.status()).toBe(200);
      if ((await response.text()).includes(message)) break;
    }
    expect(allowed).toBeGreaterThanOrEqual(30);
    expect(allowed).toBeLessThanOrEqual(60);

    const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address } });
    const search = new SearchPage(await context.newPage(), 'fr');
    const refusal = search.page.getByRole('main').getByRole('alert');
    // Refused again at once, unless a new minute began meanwhile: then after that minute's 30.
    for (let tries = 0; tries <= 30 && (await refusal.count()) === 0; tries++) await search.goto({ q: 'budget' });
    await expect(refusal).toHaveText(message);
    await expect(search.field).toHaveValue('budget');
    await expect(search.results).toHaveCount(0);
    await context.close();
    // Another address is not held back.
    const other = await newSearchContext(browser);
    const fresh = new SearchPage(await other.newPage(), 'fr');
    await fresh.goto({ q: 'budget' });
    await expect(fresh.results.first()).toBeVisible();
    await other.close();
  });

  test('publishing and trashing through the newsroom changes the results at once', async ({ page, signIn }) => {
    const word = `zephyrine${unique()}`;
    await signIn(page, 'editor', '/admin/articles/new');
    const editor = new EditorPage(page);
    const id = await editor.createDraft(
      `Harbour lights story ${word}`,
      `The ${word} lanterns were lit along the quay.`,
    );
    const search = new SearchPage(page, 'en');

    await search.goto({ q: word });
    await expect(search.heading).toContainText('No stories match');

    await editor.open(id);
    await editor.publish();
    await search.goto({ q: word });
    await expect(search.results).toHaveCount(1);
    await expect(search.marks.first()).toHaveText(word);

    await editor.open(id);
    await page.getByRole('button', { name: editor.t.workflow.trash }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: getLiveMessages('en').confirm.trash.action })
      .click();
    await expect(page.getByText(editor.t.workflow.done.trash)).toBeVisible();
    await search.goto({ q: word });
    await expect(search.heading).toContainText('No stories match');
  });
});
