import type { ReactNode } from 'react';
import Link from 'next/link';
import { FormMessage } from '@/components/ui/form-message';
import type { ArticleCard } from '@/lib/articles';
import type { Locale } from '@/lib/i18n/config';
import { fill, formatNumber, plural } from '@/lib/i18n/format';
import { getSearchMessages } from '@/lib/i18n/search';
import { MAX_SEARCH_PAGES, searchHref, type SearchResults } from '@/lib/search';
import type { SearchQuery } from '@/lib/search/params';
import { SearchPagination } from './search-pagination';
import { SearchResult } from './search-result';
import { StoryGrid } from './story-list';

/** A sentence of the page's language with a node (the query, a link) where `{key}` stands. */
function sentenceWith(template: string, key: string, node: ReactNode): ReactNode {
  const [before = '', after = ''] = template.split(`{${key}}`);
  return (
    <>
      {before}
      {node}
      {after}
    </>
  );
}

/** What was searched, isolated (it may be in another script) and set apart. */
function Query({ q }: { q: string }) {
  return <bdi className="font-bold">{q}</bdi>;
}

/** One page of matches: their count, the results, and numbered pages. */
export function SearchResultsList({
  locale,
  query,
  results,
}: {
  locale: Locale;
  query: SearchQuery;
  results: SearchResults;
}) {
  const t = getSearchMessages(locale);
  return (
    <section aria-labelledby="results-heading" className="mt-10">
      <h2 id="results-heading" className="border-b-2 border-ink pb-1 text-xl font-extrabold">
        {sentenceWith(
          results.totalIsLowerBound
            ? fill(t.resultCountOver, { count: formatNumber(locale, results.total) })
            : plural(locale, results.total, t.resultCount),
          'query',
          <Query q={query.q} />,
        )}
      </h2>
      <ol className="mt-6 space-y-8">
        {results.items.map((hit) => (
          <li key={hit.id}>
            <SearchResult hit={hit} showLanguage={query.allLanguages} />
          </li>
        ))}
      </ol>
      <SearchPagination
        locale={locale}
        page={results.page}
        pageCount={results.pageCount}
        hrefFor={(page) => searchHref(query, { page })}
      />
    </section>
  );
}

/** Nothing matched (or only stop words were asked): say so, offer a close spelling and the latest stories. */
export function NothingFound({
  locale,
  query,
  suggestion,
  latest,
}: {
  locale: Locale;
  query: SearchQuery;
  suggestion: string | null;
  latest: ArticleCard[];
}) {
  const t = getSearchMessages(locale);
  return (
    <>
      <section aria-labelledby="results-heading" className="mt-10">
        <h2 id="results-heading" className="text-xl font-extrabold">
          {sentenceWith(t.nothingFound, 'query', <Query q={query.q} />)}
        </h2>
        {suggestion && (
          <p className="mt-3 text-lg">
            {sentenceWith(
              t.didYouMean,
              'suggestion',
              <Link href={searchHref(query, { q: suggestion, page: 1 })} className="font-bold text-accent underline">
                <bdi>{suggestion}</bdi>
              </Link>,
            )}
          </p>
        )}
        <p className="mt-2 text-muted">{t.nothingFoundHint}</p>
      </section>
      {latest.length > 0 && (
        <section aria-labelledby="latest-heading" className="mt-12">
          <h2 id="latest-heading" className="mb-6 border-b-2 border-ink pb-1 text-xl font-extrabold">
            {t.latestInstead}
          </h2>
          <StoryGrid stories={latest} />
        </section>
      )}
    </>
  );
}

/** A page past the last one readers may open: ask for a narrower search. */
export function BeyondLimit({ locale, query }: { locale: Locale; query: SearchQuery }) {
  const t = getSearchMessages(locale);
  return (
    <section aria-labelledby="results-heading" className="mt-10">
      <h2 id="results-heading" className="text-xl font-extrabold">
        {fill(t.beyondLimit, { max: formatNumber(locale, MAX_SEARCH_PAGES) })}
      </h2>
      <p className="mt-3">
        <Link href={searchHref(query, { page: 1 })} className="font-semibold text-accent underline">
          {t.firstPage}
        </Link>
      </p>
    </section>
  );
}

export function RateLimited({ locale }: { locale: Locale }) {
  return (
    <FormMessage tone="error" className="mt-10 text-base">
      {getSearchMessages(locale).rateLimited}
    </FormMessage>
  );
}
