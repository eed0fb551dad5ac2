import { Field, fieldAria, filterInputClass } from '@/components/ui/field';
import type { SectionRef } from '@/lib/articles/types';
import type { Locale } from '@/lib/i18n/config';
import { fill, formatNumber } from '@/lib/i18n/format';
import { getSearchMessages } from '@/lib/i18n/search';
import { MAX_QUERY_LENGTH, searchPath, type SearchAuthor } from '@/lib/search';
import type { SearchFieldErrors, SearchQuery } from '@/lib/search/params';
import { dateFilters, searchSorts } from '@/lib/search/params';

/** What the reader typed, shown back as typed (an over-long query or a malformed date included). */
export type TypedSearch = { q: string; from: string; to: string };

const selectClass = `${filterInputClass} block w-full min-h-11 sm:min-h-9`;

/**
 * The search and its filters: a GET form, so every choice is in the URL and a search can be
 * shared or bookmarked, and it works without JavaScript. A refused part (an over-long query, a
 * malformed date range) is said next to its field, with what was typed kept.
 */
export function SearchForm({
  locale,
  query,
  typed,
  errors,
  sections,
  authors,
}: {
  locale: Locale;
  query: SearchQuery;
  typed: TypedSearch;
  errors: SearchFieldErrors;
  sections: Omit<SectionRef, 'id'>[];
  authors: SearchAuthor[];
}) {
  const t = getSearchMessages(locale);
  const qError = errors.q && fill(t.errors[errors.q], { max: formatNumber(locale, MAX_QUERY_LENGTH) });
  const dateError = errors.date && t.errors[errors.date];
  const rangeAria = fieldAria('search-range', dateError, true);
  // On a phone the filters would push the results below the fold: once there is a query they
  // fold away (a disclosure, so without JavaScript too), unless one is in use or needs fixing.
  const filtersOpen =
    !query.q || Boolean(query.sectionSlug || query.authorSlug || query.date || query.sort !== 'relevance' || dateError);
  return (
    <form role="search" aria-label={t.search} action={searchPath(locale)} method="get" className="space-y-4">
      <Field id="search-q" label={t.query} hint={t.queryHint} error={qError} size="md">
        {(control) => (
          <div className="mt-1 flex">
            <input
              {...control}
              name="q"
              type="search"
              dir="auto"
              defaultValue={typed.q}
              autoComplete="off"
              enterKeyHint="search"
              className="min-h-11 min-w-0 flex-1 rounded-s border border-rule bg-card px-3 py-2 aria-invalid:border-accent"
            />
            <button type="submit" className="min-h-11 rounded-e bg-accent px-4 py-2 font-semibold text-accent-ink">
              {t.submit}
            </button>
          </div>
        )}
      </Field>
      <p>
        <label className="inline-flex min-h-11 items-center gap-2 sm:min-h-8">
          <input type="checkbox" name="lang" value="all" defaultChecked={query.allLanguages} className="size-4" />
          {t.allLanguages}
        </label>
      </p>
      <details open={filtersOpen} className="group rounded border border-rule">
        <summary className="flex min-h-11 cursor-pointer items-center gap-2 px-4 text-sm font-semibold sm:min-h-9">
          <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90 rtl:-scale-x-100">
            ›
          </span>
          {t.filters}
        </summary>
        <fieldset className="border-t border-rule p-4">
          <legend className="sr-only">{t.filters}</legend>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <Field id="search-section" label={t.section}>
              {(control) => (
                <select {...control} name="section" defaultValue={query.sectionSlug ?? ''} className={selectClass}>
                  <option value="">{t.anySection}</option>
                  {sections.map((s) => (
                    <option key={s.slug} value={s.slug}>
                      {s.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="search-author" label={t.author}>
              {(control) => (
                <select {...control} name="author" defaultValue={query.authorSlug ?? ''} className={selectClass}>
                  <option value="">{t.anyAuthor}</option>
                  {authors.map((a) => (
                    <option key={a.slug} value={a.slug}>
                      {a.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="search-date" label={t.date}>
              {(control) => (
                <select
                  {...control}
                  {...(dateError ? rangeAria : {})}
                  name="date"
                  defaultValue={dateError ? 'range' : (query.date ?? '')}
                  className={selectClass}
                >
                  <option value="">{t.dates.any}</option>
                  {dateFilters.map((d) => (
                    <option key={d} value={d}>
                      {t.dates[d]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="search-sort" label={t.sort}>
              {(control) => (
                <select
                  {...control}
                  name="sort"
                  defaultValue={query.sort === 'relevance' ? '' : query.sort}
                  className={selectClass}
                >
                  {searchSorts.map((s) => (
                    // The default is sent empty, so it stays out of the URL.
                    <option key={s} value={s === 'relevance' ? '' : s}>
                      {t.sorts[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <div className="mt-4 flex flex-wrap gap-4">
            {(['from', 'to'] as const).map((name) => (
              <div key={name}>
                <label htmlFor={`search-${name}`} className="block text-sm font-semibold">
                  {t[name]}
                </label>
                <input
                  id={`search-${name}`}
                  name={name}
                  type="date"
                  defaultValue={typed[name]}
                  {...rangeAria}
                  className={`${filterInputClass} min-h-11 sm:min-h-9 aria-invalid:border-accent`}
                />
              </div>
            ))}
          </div>
          <p id="search-range-hint" className="mt-1 text-xs text-muted">
            {t.rangeHint}
          </p>
          {dateError && (
            <p id="search-range-error" className="mt-1 text-sm font-semibold text-accent">
              {dateError}
            </p>
          )}
          <button
            type="submit"
            className="mt-4 min-h-11 rounded border border-rule px-4 py-1 font-semibold hover:border-accent sm:min-h-9"
          >
            {t.apply}
          </button>
        </fieldset>
      </details>
    </form>
  );
}
