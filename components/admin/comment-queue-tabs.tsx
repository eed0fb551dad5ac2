import Link from 'next/link';
import type { AdminCommentsMessages } from '@/lib/i18n/admin-comments';
import type { Locale } from '@/lib/i18n/config';
import { formatNumber } from '@/lib/i18n/format';
import type { QueueStatus } from '@/lib/moderation';
import { queueHref, queueStatuses, type QueueView } from '@/lib/admin/comment-queue-query';

/** Pending / Approved / Spam / Trash with their counts: plain links, so they work without JavaScript. */
export function CommentQueueTabs({
  view,
  counts,
  locale,
  t,
}: {
  view: QueueView;
  counts: Record<QueueStatus, number>;
  locale: Locale;
  t: AdminCommentsMessages['queue'];
}) {
  return (
    <nav aria-label={t.tabsLabel}>
      <ul className="flex flex-wrap gap-x-1 gap-y-2 border-b border-rule">
        {queueStatuses.map((status) => {
          const current = status === view.status;
          return (
            <li key={status}>
              <Link
                href={queueHref(view, { status, page: 1 })}
                aria-current={current ? 'page' : undefined}
                className={`-mb-px inline-block border-b-2 px-3 py-2 font-semibold ${current ? 'border-accent text-accent' : 'border-transparent hover:border-rule'}`}
              >
                {t.tabs[status]}{' '}
                <span className="font-normal text-muted">({formatNumber(locale, counts[status])})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
