import Link from 'next/link';
import { Button } from '@/components/ui/button';
import type { QueueActions } from '@/lib/comments/queue-actions';
import type { AdminCommentsMessages } from '@/lib/i18n/admin-comments';
import type { Locale } from '@/lib/i18n/config';
import { plural } from '@/lib/i18n/format';
import { actionsByStatus, queueHref, type QueueView } from '@/lib/admin/comment-queue-query';
import { CommentQueueSelectAll } from './comment-queue-select-all';

export const BULK_FORM_ID = 'comment-bulk';

/**
 * The bulk form: the row checkboxes join it through their `form` attribute, so it needs no
 * JavaScript. Emptying spam or trash sits behind a disclosure that states what will be lost.
 */
export function CommentQueueBulk({
  view,
  back,
  total,
  actions,
  locale,
  t,
}: {
  view: QueueView;
  back: string;
  total: number;
  actions: Pick<QueueActions, 'bulk' | 'empty'>;
  locale: Locale;
  t: AdminCommentsMessages['queue'];
}) {
  const empty = view.status === 'spam' || view.status === 'trash' ? t.emptyStatus[view.status] : null;
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <form
        id={BULK_FORM_ID}
        action={actions.bulk}
        aria-label={t.bulk.label}
        className="flex flex-wrap items-center gap-2 text-sm"
      >
        <input type="hidden" name="back" value={back} />
        <CommentQueueSelectAll label={t.selectAll} />
        <label htmlFor="comment-bulk-op" className="font-semibold">
          {t.bulk.action}
        </label>
        <select id="comment-bulk-op" name="op" defaultValue="" className="rounded border border-rule bg-card px-2 py-1">
          <option value="">{t.bulk.choose}</option>
          {actionsByStatus[view.status].map((action) => (
            <option key={action} value={action}>
              {t.actions[action]}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary" size="sm">
          {t.bulk.apply}
        </Button>
      </form>
      {empty && total > 0 && view.status !== 'pending' && (
        <details className="text-sm">
          <summary className="cursor-pointer font-semibold text-accent hover:underline">{empty.open}</summary>
          <form
            action={actions.empty.bind(null, view.status as 'spam' | 'trash')}
            className="mt-2 max-w-sm space-y-2 rounded border border-accent bg-card p-3"
          >
            <input type="hidden" name="back" value={back} />
            <p>{plural(locale, total, empty.warning)}</p>
            <Button type="submit" variant="danger" size="sm">
              {empty.confirm}
            </Button>
          </form>
        </details>
      )}
    </div>
  );
}

/** Asked after "Delete permanently" was applied to a selection; the ids ride in the form. */
export function CommentQueueDeleteConfirm({
  view,
  back,
  ids,
  bulk,
  locale,
  t,
}: {
  view: QueueView;
  back: string;
  ids: number[];
  bulk: QueueActions['bulk'];
  locale: Locale;
  t: AdminCommentsMessages['queue'];
}) {
  return (
    <section aria-labelledby="comment-delete-confirm" className="rounded border-2 border-accent bg-card p-4">
      <h2 id="comment-delete-confirm" className="text-lg font-bold">
        {plural(locale, ids.length, t.bulk.confirmTitle)}
      </h2>
      <p className="mt-1">{t.bulk.confirmBody}</p>
      <form action={bulk} className="mt-3 flex flex-wrap items-center gap-3">
        <input type="hidden" name="back" value={back} />
        <input type="hidden" name="op" value="delete" />
        <input type="hidden" name="confirmed" value="yes" />
        {ids.map((id) => (
          <input key={id} type="hidden" name="ids" value={id} />
        ))}
        <button type="submit" className="rounded bg-accent px-3 py-1 text-sm font-semibold text-accent-ink">
          {t.bulk.confirm}
        </button>
        <Link href={queueHref(view)} className="text-sm font-semibold hover:underline">
          {t.bulk.cancel}
        </Link>
      </form>
    </section>
  );
}
