import Form from 'next/form';
import Link from 'next/link';
import type { AdminCommentsMessages } from '@/lib/i18n/admin-comments';
import { localeNames, locales } from '@/lib/i18n/config';
import { QUEUE_PATH, queueHref, type QueueView } from '@/lib/admin/comment-queue-query';
import { queueButtonClass } from './comment-queue-field';

const inputClass = 'mt-1 w-full rounded border border-rule bg-card px-2 py-1';

/** A GET form: the filters live in the URL, so they can be bookmarked and work without JavaScript. */
export function CommentQueueFilters({ view, t }: { view: QueueView; t: AdminCommentsMessages['queue'] }) {
  const filtered = Boolean(view.article || view.locale || view.q);
  return (
    <Form action={QUEUE_PATH} className="rounded border border-rule bg-card p-3">
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="sr-only">{t.filters.legend}</legend>
        {view.status !== 'pending' && <input type="hidden" name="status" value={view.status} />}
        <div className="min-w-40 flex-1">
          <label htmlFor="queue-article" className="block text-sm font-semibold">
            {t.filters.article}
          </label>
          <input
            id="queue-article"
            name="article"
            defaultValue={view.article ?? ''}
            maxLength={120}
            aria-describedby="queue-article-hint"
            dir="auto"
            className={inputClass}
          />
          <p id="queue-article-hint" className="text-xs text-muted">
            {t.filters.articleHint}
          </p>
        </div>
        <div>
          <label htmlFor="queue-locale" className="block text-sm font-semibold">
            {t.filters.language}
          </label>
          <select id="queue-locale" name="locale" defaultValue={view.locale ?? ''} className={inputClass}>
            <option value="">{t.filters.anyLanguage}</option>
            {locales.map((l) => (
              <option key={l} value={l} lang={l}>
                {localeNames[l]}
              </option>
            ))}
          </select>
          <p className="text-xs text-muted">&nbsp;</p>
        </div>
        <div className="min-w-48 flex-[2]">
          <label htmlFor="queue-q" className="block text-sm font-semibold">
            {t.filters.search}
          </label>
          <input
            id="queue-q"
            name="q"
            type="search"
            defaultValue={view.q ?? ''}
            maxLength={200}
            aria-describedby="queue-q-hint"
            dir="auto"
            className={inputClass}
          />
          <p id="queue-q-hint" className="text-xs text-muted">
            {t.filters.searchHint}
          </p>
        </div>
        <div className="flex items-center gap-3 pb-5">
          <button type="submit" className={queueButtonClass}>
            {t.filters.apply}
          </button>
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
