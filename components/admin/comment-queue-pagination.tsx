import Link from 'next/link';
import { fillIn, type AdminCommentsMessages } from '@/lib/i18n/admin-comments';
import type { Locale } from '@/lib/i18n/config';
import { formatNumber } from '@/lib/i18n/format';
import { queueHref, type QueueView } from '@/lib/admin/comment-queue-query';

const linkClass = 'rounded border border-rule px-3 py-1 font-semibold hover:border-accent';

/** Previous/next links that keep the tab and filters. */
export function CommentQueuePagination({
  view,
  page,
  pageCount,
  locale,
  t,
}: {
  view: QueueView;
  page: number;
  pageCount: number;
  locale: Locale;
  t: AdminCommentsMessages['queue'];
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t.pagination.label} className="flex items-center gap-3 text-sm">
      {page > 1 && (
        <Link href={queueHref(view, { page: page - 1 })} rel="prev" className={linkClass}>
          {t.pagination.previous}
        </Link>
      )}
      <span aria-current="page">
        {fillIn(t.pagination.pageOf, { page: formatNumber(locale, page), count: formatNumber(locale, pageCount) })}
      </span>
      {page < pageCount && (
        <Link href={queueHref(view, { page: page + 1 })} rel="next" className={linkClass}>
          {t.pagination.next}
        </Link>
      )}
    </nav>
  );
}
