import Link from 'next/link';
import { fill, formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';
import { type StaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';

/** Previous/next links that keep the current filters: plain links, so they work without JavaScript. */
export function AdminPagination({
  basePath,
  params,
  page,
  pageCount,
  locale,
  t,
}: {
  basePath: string;
  params: Record<string, string | undefined>;
  page: number;
  pageCount: number;
  locale: Locale;
  t: StaffAuditTaxonomyMessages;
}) {
  if (pageCount <= 1) return null;
  const href = (target: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
    if (target > 1) search.set('page', String(target));
    const query = search.toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  const linkClass = 'rounded border border-rule px-3 py-1 font-semibold hover:border-accent';
  return (
    <nav aria-label={t.common.pagination} className="flex items-center gap-3 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          {t.common.previous}
        </Link>
      )}
      <span aria-current="page">
        {fill(t.common.pageOf, { page: formatNumber(locale, page), count: formatNumber(locale, pageCount) })}
      </span>
      {page < pageCount && (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {t.common.next}
        </Link>
      )}
    </nav>
  );
}
