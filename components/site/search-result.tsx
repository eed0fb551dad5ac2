import Link from 'next/link';
import { Byline } from './byline';
import { direction, localeNames } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import { routes } from '@/lib/routes';
import type { SearchHit } from '@/lib/search';
import { SearchSnippet } from './search-snippet';

/**
 * One found story: section, headline, the text around the matched words, date and byline. It
 * carries its own language (`lang`, `dir`), so in an all-languages search each result reads
 * and is read aloud in its language; there it also says which language it is in.
 */
export function SearchResult({ hit, showLanguage }: { hit: SearchHit; showLanguage: boolean }) {
  return (
    <article lang={hit.locale} dir={direction(hit.locale)} className="flex flex-col gap-1">
      {(showLanguage || hit.section) && (
        <p className="flex flex-wrap items-center gap-2 text-xs font-bold tracking-wide">
          {showLanguage && (
            <span className="rounded border border-rule px-1.5 py-0.5 font-semibold text-muted">
              {localeNames[hit.locale]}
            </span>
          )}
          {hit.section && (
            <Link
              href={routes.section(hit.locale, hit.section.slug)}
              className="inline-flex min-h-6 items-center text-accent uppercase hover:underline"
            >
              {hit.section.name}
            </Link>
          )}
        </p>
      )}
      <h3 className="text-lg leading-snug font-bold">
        <Link href={routes.article(hit.locale, hit.slug)} className="hover:text-accent hover:underline">
          {hit.title}
        </Link>
      </h3>
      <SearchSnippet snippet={hit.snippet} />
      <p className="text-sm text-muted">
        <time dateTime={hit.publishedAt}>{formatDate(hit.locale, hit.publishedAt)}</time>
        {' · '}
        <Byline story={hit} locale={hit.locale} />
      </p>
    </article>
  );
}
