import Form from 'next/form';
import Link from 'next/link';
import type { AdminCommentsMessages } from '@/lib/i18n/admin-comments';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { QUEUE_PATH, queueHref, type QueueView } from '@/lib/admin/comment-queue-query';
import { LocaleSelect } from './locale-select';

// On the card of the filters, not on the paper of a row: unlike the queue's other boxes.
const inputClass = 'mt-1 w-full rounded border border-rule bg-card px-2 py-1';

/** A GET form: the filters live in the URL, so they can be bookmarked and work without JavaScript. */
export function CommentQueueFilters({ view, t }: { view: QueueView; t: AdminCommentsMessages['queue'] }) {
  const filtered = Boolean(view.article || view.locale || view.q);
  return (
    <Form action={QUEUE_PATH} className="rounded border border-rule bg-card p-3">
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="sr-only">{t.filters.legend}</legend>
        {view.status !== 'pending' && <input type="hidden" name="status" value={view.status} />}
        <Field id="queue-article" label={t.filters.article} hint={t.filters.articleHint} className="min-w-40 flex-1">
          {(p) => (
            <input
              {...p}
              name="article"
              defaultValue={view.article ?? ''}
              maxLength={120}
              dir="auto"
              className={inputClass}
            />
          )}
        </Field>
        <Field id="queue-locale" label={t.filters.language}>
          {(p) => (
            <>
              <LocaleSelect
                {...p}
                name="locale"
                defaultValue={view.locale ?? ''}
                anyLabel={t.filters.anyLanguage}
                className={inputClass}
              />
              {/* Where the other fields have their hint: the apply button lines up with the boxes. */}
              <p aria-hidden="true" className="mt-1 text-xs">
                &nbsp;
              </p>
            </>
          )}
        </Field>
        <Field id="queue-q" label={t.filters.search} hint={t.filters.searchHint} className="min-w-48 flex-[2]">
          {(p) => (
            <input
              {...p}
              name="q"
              type="search"
              defaultValue={view.q ?? ''}
              maxLength={200}
              dir="auto"
              className={inputClass}
            />
          )}
        </Field>
        <div className="flex items-center gap-3 pb-5">
          <Button type="submit" variant="secondary" size="sm">
            {t.filters.apply}
          </Button>
          {filtered && (
            <Link href={queueHref({ status: view.status, page: 1 })} className="text-sm text-accent hover:underline">
              {t.filters.clear}
            </Link>
          )}
        </div>
      </fieldset>
    </Form>
  );
}
