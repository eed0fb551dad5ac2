import Link from 'next/link';
import { arrows } from '@/lib/i18n/config';
import { fill, formatNumber } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';
import { getSearchMessages } from '@/lib/i18n/search';
import { pageWindow } from '@/lib/search/page-window';
import type { PaginationProps } from './pagination';

const itemClass =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 font-semibold hover:text-accent sm:min-h-9 sm:min-w-9';

/** Numbered pages of results, with the current one marked (`aria-current="page"`). */
export function SearchPagination({ locale, page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null;
  const t = getSearchMessages(locale);
  const arrow = arrows(locale);
  return (
    <nav aria-label={getMessages(locale).pagination} className="mt-10 border-t border-rule pt-4">
      <ul className="flex flex-wrap items-center justify-center gap-1">
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className={itemClass}>
              <span aria-hidden="true">{arrow.previous}</span>
              <span className="ms-1">{t.previousPage}</span>
            </Link>
          </li>
        )}
        {pageWindow(page, pageCount).map((n, i) =>
          n === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={hrefFor(n)}
                aria-label={fill(t.page, { page: formatNumber(locale, n) })}
                aria-current={n === page ? 'page' : undefined}
                className={`${itemClass} aria-[current=page]:bg-ink aria-[current=page]:text-paper`}
              >
                {formatNumber(locale, n)}
              </Link>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className={itemClass}>
              <span className="me-1">{t.nextPage}</span>
              <span aria-hidden="true">{arrow.next}</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
