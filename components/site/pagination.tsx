import Link from 'next/link';
import { arrows, type Locale } from '@/lib/i18n/config';
import { fill, formatNumber } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';

/** Where a list stands and how to reach its other pages. */
export type PaginationProps = {
  locale: Locale;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
};

export function Pagination({ locale, page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null;
  const t = getMessages(locale);
  const arrow = arrows(locale);
  return (
    <nav aria-label={t.pagination} className="mt-10 flex items-center justify-between gap-4 border-t border-rule pt-4">
      {page > 1 ? (
        <Link
          href={hrefFor(page - 1)}
          rel="prev"
          className="inline-flex min-h-11 items-center font-semibold hover:text-accent"
        >
          <span aria-hidden="true">{`${arrow.previous} `}</span>
          {t.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted" aria-current="page">
        {fill(t.pageOf, { page: formatNumber(locale, page), total: formatNumber(locale, pageCount) })}
      </span>
      {page < pageCount ? (
        <Link
          href={hrefFor(page + 1)}
          rel="next"
          className="inline-flex min-h-11 items-center font-semibold hover:text-accent"
        >
          {t.next}
          <span aria-hidden="true">{` ${arrow.next}`}</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
