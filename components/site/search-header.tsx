import type { Locale } from '@/lib/i18n/config';
import { getSearchMessages } from '@/lib/i18n/search';
import { searchPath } from '@/lib/search';

function SearchIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="m13 13 4.5 4.5" strokeLinecap="round" />
    </svg>
  );
}

/** One search form of the header: a labelled field and its button, sent as a GET. */
function HeaderSearchForm({ locale, id, className }: { locale: Locale; id: string; className: string }) {
  const t = getSearchMessages(locale);
  return (
    <form role="search" aria-label={t.search} action={searchPath(locale)} method="get" className={className}>
      <label htmlFor={id} className="sr-only">
        {t.query}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        dir="auto"
        autoComplete="off"
        enterKeyHint="search"
        className="min-h-11 min-w-0 flex-1 rounded-s border border-rule bg-paper px-3 py-1 text-sm sm:min-h-9"
      />
      <button
        type="submit"
        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-e bg-accent px-3 text-sm font-semibold text-accent-ink sm:min-h-9"
      >
        {t.submit}
      </button>
    </form>
  );
}

/**
 * The header's search, without JavaScript: on phones a disclosure (`<details>`) whose button
 * opens the field below the header; from `md` up the field itself, inline. Only one of the two
 * is displayed at a time, so assistive technology meets one search landmark.
 */
export function HeaderSearch({ locale }: { locale: Locale }) {
  const t = getSearchMessages(locale);
  return (
    <>
      <details className="group md:hidden">
        <summary className="inline-flex min-h-11 min-w-11 cursor-pointer list-none items-center justify-center gap-1 rounded border border-rule px-2 text-sm font-semibold hover:border-accent group-open:border-accent [&::-webkit-details-marker]:hidden">
          <SearchIcon />
          <span>{t.open}</span>
        </summary>
        <div className="absolute inset-x-0 top-full z-20 border-b border-rule bg-card px-4 py-3 shadow-md">
          <HeaderSearchForm locale={locale} id="site-search-phone" className="mx-auto flex max-w-6xl" />
        </div>
      </details>
      <HeaderSearchForm locale={locale} id="site-search" className="hidden w-64 md:flex lg:w-72" />
    </>
  );
}
