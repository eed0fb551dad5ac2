import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { getSearchMessages } from '../../../lib/i18n/search';

type SearchLocale = 'en' | 'fr' | 'ar';

let addresses = 0;
/**
 * A client address of its own (the search is rate-limited per address, TRUSTED_PROXY_HOPS=1:
 * the server takes the rightmost X-Forwarded-For entry, and Next adds none when one is sent).
 */
export function freshAddress(): string {
  addresses += 1;
  const n = Math.floor(Math.random() * 0xffff);
  return `10.${(process.pid + addresses) % 250}.${n >> 8}.${n & 0xff}`;
}

/** A browser context whose searches count against an address no other test uses. */
export function newSearchContext(browser: Browser, options: BrowserContextOptions = {}) {
  return browser.newContext({
    ...options,
    extraHTTPHeaders: { ...options.extraHTTPHeaders, 'x-forwarded-for': freshAddress() },
  });
}

/** The reader's search: the header's field (a disclosure on phones) and the results page. */
export class SearchPage {
  readonly t;
  readonly banner;
  /** The phone header's button that opens the field (a `<summary>`). */
  readonly headerButton;
  readonly headerField;
  readonly form;
  readonly field;
  readonly heading;
  /** The found stories, one `<article>` each. */
  readonly results;
  readonly marks;
  readonly pagination;

  constructor(
    readonly page: Page,
    readonly locale: SearchLocale = 'en',
  ) {
    this.t = getSearchMessages(locale);
    this.banner = page.getByRole('banner');
    this.headerButton = this.banner.locator('summary', { hasText: this.t.open });
    this.headerField = this.banner.getByRole('search').getByRole('searchbox', { name: this.t.query });
    this.form = page.getByRole('main').getByRole('search', { name: this.t.search });
    this.field = this.form.getByRole('searchbox', { name: this.t.query });
    this.heading = page.locator('#results-heading');
    this.results = page.getByRole('main').locator('ol').getByRole('article');
    this.marks = this.results.locator('mark');
    this.pagination = page.getByRole('navigation', { name: /^(Pages|الصفحات)$/ });
  }

  async goto(params: Record<string, string> = {}) {
    const search = new URLSearchParams(params).toString();
    return this.page.goto(`/${this.locale}/search${search ? `?${search}` : ''}`);
  }

  /** Opens the filters, which fold away once there is a query and none is in use. */
  async openFilters() {
    const summary = this.form.locator('summary', { hasText: this.t.filters });
    if ((await summary.locator('xpath=..').getAttribute('open')) === null) await summary.click();
  }

  /** Searches from the header, as a reader on any page does (opening it first on a phone). */
  async searchFromHeader(q: string) {
    if (await this.headerButton.isVisible()) await this.headerButton.click();
    await this.headerField.fill(q);
    await this.headerField.press('Enter');
    await expect(this.page).toHaveURL(new RegExp(`/${this.locale}/search\\?q=`));
  }

  /** The number at the head of the results heading ("14 results for …"). */
  async total(): Promise<number> {
    const text = (await this.heading.innerText()).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
    return Number(/\d+/.exec(text.replace(/[\s,.\u202f\u00a0]/g, ''))?.[0] ?? NaN);
  }

  async titles(): Promise<string[]> {
    return this.results.getByRole('heading').allInnerTexts();
  }
}
