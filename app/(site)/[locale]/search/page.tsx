import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { SearchForm, type TypedSearch } from '@/components/site/search-form';
import { BeyondLimit, NothingFound, RateLimited, SearchResultsList } from '@/components/site/search-results';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { getHome, getSections } from '@/lib/articles';
import { clientIp } from '@/lib/client-ip';
import { isLocale, locales } from '@/lib/i18n/config';
import { fill } from '@/lib/i18n/format';
import { requireLocale } from '@/lib/i18n/params';
import { getSearchMessages } from '@/lib/i18n/search';
import {
  allowSearch,
  getSearchAuthors,
  parseSearchParams,
  search,
  searchHref,
  spellingSuggestion,
  type SearchResults,
} from '@/lib/search';
import type { SearchParamsInput, SearchQuery } from '@/lib/search/params';

// Per query and per reader (the rate limit): rendered on each request, never as a streamed part,
// so the results read without JavaScript. Identical searches are answered from lib/search's cache.
export const instant = false;

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getSearchMessages(locale);
  const { query } = parseSearchParams(locale, (await searchParams) as SearchParamsInput);
  return {
    title: query.q ? fill(t.titleWithQuery, { query: query.q }) : t.search,
    robots: { index: false, follow: true },
  };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

type Outcome =
  | { kind: 'form' }
  | { kind: 'limited' }
  | { kind: 'found'; results: SearchResults }
  | { kind: 'beyond' }
  | { kind: 'none'; suggestion: string | null };

async function runSearch(query: SearchQuery): Promise<Outcome> {
  if (!query.q) return { kind: 'form' };
  if (!(await allowSearch(clientIp(await headers()))).ok) return { kind: 'limited' };
  const results = await search(query);
  if (results.beyondLimit) return { kind: 'beyond' };
  if (results.total > 0) return { kind: 'found', results };
  return { kind: 'none', suggestion: await spellingSuggestion(query) };
}

/** `/{locale}/search?q=…`: the search form, and the results of what it asks. */
export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const locale = requireLocale((await params).locale);
  const t = getSearchMessages(locale);
  const input = (await searchParams) as SearchParamsInput;
  const { query, errors, rawQ } = parseSearchParams(locale, input);
  const typed: TypedSearch = { q: rawQ, from: first(input.from), to: first(input.to) };
  const [sections, authors, outcome] = await Promise.all([
    getSections(locale),
    getSearchAuthors(locale),
    runSearch(query),
  ]);
  const latest =
    outcome.kind === 'none'
      ? await getHome(locale).then((home) => [...(home.lead ? [home.lead] : []), ...home.latest].slice(0, 6))
      : [];
  // Each language's search page, with the same query.
  const alternates = locales.map((l) => ({
    locale: l,
    href: searchHref({ ...query, locale: l, sectionSlug: null, page: 1 }),
  }));

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-8">
        <h1 className="mb-6 text-3xl font-extrabold">{t.search}</h1>
        <SearchForm locale={locale} query={query} typed={typed} errors={errors} sections={sections} authors={authors} />
        {outcome.kind === 'limited' && <RateLimited locale={locale} />}
        {outcome.kind === 'beyond' && <BeyondLimit locale={locale} query={query} />}
        {outcome.kind === 'found' && <SearchResultsList locale={locale} query={query} results={outcome.results} />}
        {outcome.kind === 'none' && (
          <NothingFound locale={locale} query={query} suggestion={outcome.suggestion} latest={latest} />
        )}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
