import Link from 'next/link';
import type { ArticleMatch } from '@/lib/admin/comment-queue-article';
import type { KeptQueueForm, QueueActions } from '@/lib/comments/queue-actions';
import { fillIn, type AdminCommentsMessages } from '@/lib/i18n/admin-comments';
import type { Locale } from '@/lib/i18n/config';
import { formatNumber, plural } from '@/lib/i18n/format';
import type { QueueItem, QueueStatus } from '@/lib/moderation';
import { CommentShortcuts } from './comment-shortcuts';
import { CommentQueueBulk, CommentQueueDeleteConfirm } from './comment-queue-bulk';
import { CommentQueueFilters } from './comment-queue-filters';
import { CommentQueueOutcome } from './comment-queue-outcome';
import { CommentQueuePagination } from './comment-queue-pagination';
import { backValue, queueHref, type QueueQuery, type QueueView } from '@/lib/admin/comment-queue-query';
import { CommentQueueRow } from './comment-queue-row';
import { CommentQueueTabs } from './comment-queue-tabs';

type Messages = AdminCommentsMessages['queue'];

export type QueuePageData = {
  items: QueueItem[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  counts: Record<QueueStatus, number>;
};

function outcomeOf(query: QueueQuery, locale: Locale, t: Messages): { message: string; tone: 'ok' | 'error' } | null {
  const code = query.done;
  if (!code) return null;
  const text = t.outcomes[code];
  if (typeof text === 'string')
    return { message: text, tone: code === 'edit' || code === 'reply' || code === 'reply-approved' ? 'ok' : 'error' };
  const n = query.n ?? 0;
  if (n === 0 && code !== 'empty-spam' && code !== 'empty-trash') return { message: t.outcomes.unchanged, tone: 'ok' };
  return { message: plural(locale, n, text), tone: 'ok' };
}

/** The moderation queue: outcome, tabs, filters, bulk form and the rows with their actions. */
export function CommentQueue({
  query,
  view,
  data,
  match,
  kept,
  actions,
  locale,
  t,
}: {
  query: QueueQuery;
  view: QueueView;
  data: QueuePageData;
  match: ArticleMatch | null;
  /** An edit or reply form's answer kept across the redirect of a post without JavaScript. */
  kept: KeptQueueForm | null;
  /** The queue's server actions, from the page. */
  actions: QueueActions;
  locale: Locale;
  t: Messages;
}) {
  const back = backValue(view);
  const outcome = outcomeOf(query, locale, t);
  const confirmIds =
    query.confirm === 'delete' && query.ids ? [...new Set(query.ids.split(',').map(Number))].slice(0, 500) : [];
  const from = (data.page - 1) * data.pageSize + 1;
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-extrabold">{t.title}</h1>
      <CommentQueueOutcome message={outcome?.message ?? null} tone={outcome?.tone ?? 'ok'} />
      {confirmIds.length > 0 && (
        <CommentQueueDeleteConfirm view={view} back={back} ids={confirmIds} bulk={actions.bulk} locale={locale} t={t} />
      )}
      <CommentQueueTabs view={view} counts={data.counts} locale={locale} t={t} />
      <CommentQueueFilters view={view} t={t} />
      {match?.kind === 'none' && (
        <p className="font-semibold">{fillIn(t.filters.noArticleMatch, { q: view.article ?? '' })}</p>
      )}
      {match?.kind === 'several' && (
        <div className="rounded border border-rule bg-card p-3">
          <p className="font-semibold">{fillIn(t.filters.articleChoices, { q: view.article ?? '' })}</p>
          <ul className="mt-1 list-disc ps-6">
            {match.articles.map((article) => (
              <li key={article.id}>
                <Link
                  href={queueHref(view, { article: String(article.id), page: 1 })}
                  lang={article.locale}
                  dir="auto"
                  className="text-accent hover:underline"
                >
                  {article.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <CommentShortcuts t={t.shortcuts} rowsKey={`${view.status}:${data.items.map((i) => i.id).join(',')}`}>
        <div className="space-y-3">
          <CommentQueueBulk
            view={view}
            back={back}
            total={data.counts[view.status]}
            actions={actions}
            locale={locale}
            t={t}
          />
          {data.items.length === 0 ? (
            <p className="text-muted">{t.empty}</p>
          ) : (
            <>
              <p className="text-sm text-muted">
                {fillIn(t.showing, {
                  from: formatNumber(locale, from),
                  to: formatNumber(locale, from + data.items.length - 1),
                  total: formatNumber(locale, data.total),
                })}
              </p>
              <ul
                aria-label={fillIn(t.listLabel, { tab: t.tabs[view.status] })}
                className="rounded border border-rule bg-card"
              >
                {data.items.map((item) => (
                  <CommentQueueRow
                    key={item.id}
                    item={item}
                    view={view}
                    back={back}
                    kept={kept && (kept.key === `edit:${item.id}` || kept.key === `reply:${item.id}`) ? kept : null}
                    actions={actions}
                    locale={locale}
                    t={t}
                  />
                ))}
              </ul>
            </>
          )}
        </div>
      </CommentShortcuts>
      <CommentQueuePagination view={view} page={data.page} pageCount={data.pageCount} locale={locale} t={t} />
    </main>
  );
}
