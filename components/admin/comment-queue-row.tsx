import { CommentBody } from '@/components/site/comment-body';
import { buttonClass } from '@/components/ui/button';
import type { KeptQueueForm, QueueActions } from '@/lib/comments/queue-actions';
import type { HeldReason } from '@/lib/comments/rules';
import { fillIn, type AdminCommentsMessages } from '@/lib/i18n/admin-comments';
import { localeNames, type Locale } from '@/lib/i18n/config';
import { colon, formatDate } from '@/lib/i18n/format';
import type { QueueItem } from '@/lib/moderation';
import { routes } from '@/lib/routes';
import { actionsByStatus, queueHref, type QueueView } from '@/lib/admin/comment-queue-query';
import { CommentQueueEditForm } from './comment-queue-edit-form';
import { CommentQueueReplyForm } from './comment-queue-reply-form';

const EXCERPT_LENGTH = 280;
const PARENT_EXCERPT = 160;
/** Compact, yet at least 24 px tall (WCAG 2.2 target size); 44 px on phones, where fingers tap. */
const summaryClass = 'cursor-pointer py-0.5 text-sm font-semibold text-accent hover:underline max-sm:py-3';
const rowButtonClass =
  'min-h-6 rounded border border-rule px-2 text-sm font-semibold hover:border-accent disabled:opacity-60 max-sm:min-h-11 max-sm:min-w-11';

function excerpt(body: string, length: number) {
  const chars = Array.from(body);
  return chars.length > length ? `${chars.slice(0, length).join('').trimEnd()}…` : body;
}

function heldReason(t: AdminCommentsMessages['queue'], code: string | null): string | null {
  if (!code) return null;
  return code in t.heldReasons ? t.heldReasons[code as HeldReason] : code;
}

/**
 * One comment as moderators see it. Everything readers typed is rendered as React text (or by
 * CommentBody, which escapes too): never as HTML. The `data-shortcut` hooks are what the
 * keyboard shortcuts press; without JavaScript the buttons and disclosures work on their own.
 */
export function CommentQueueRow({
  item,
  view,
  back,
  kept,
  actions: act,
  locale,
  t,
}: {
  item: QueueItem;
  view: QueueView;
  back: string;
  kept: KeptQueueForm | null;
  actions: Pick<QueueActions, 'moderate' | 'edit' | 'reply'>;
  locale: Locale;
  t: AdminCommentsMessages['queue'];
}) {
  const base = `comment-${item.id}`;
  const actions = actionsByStatus[item.status];
  const reason = heldReason(t, item.heldReason);
  const canReply = item.status === 'pending' || item.status === 'approved';
  const keptEdit = kept?.key === `edit:${item.id}` ? kept.state : undefined;
  const keptReply = kept?.key === `reply:${item.id}` ? kept.state : undefined;
  return (
    <li
      id={base}
      data-comment-row=""
      data-comment-id={item.id}
      tabIndex={-1}
      aria-labelledby={`${base}-name`}
      className="border-b border-rule px-2 py-1.5 last:border-b-0 focus:outline-3 focus:outline-focus"
    >
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          form="comment-bulk"
          name="ids"
          value={item.id}
          data-shortcut="select"
          aria-label={fillIn(t.select, { name: item.name })}
          className="size-6 shrink-0"
        />
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
            <strong id={`${base}-name`} dir="auto" className="text-base">
              {item.name}
            </strong>
            {item.isStaff && <span className="rounded bg-accent px-1.5 text-xs text-accent-ink">{t.fields.staff}</span>}
            <span className="text-muted">
              <span className="sr-only">
                {t.fields.email}
                {colon(locale)}
              </span>
              <bdi dir="ltr">{item.email}</bdi>
            </span>
            <span aria-hidden="true" className="text-muted">
              ·
            </span>
            <a
              href={routes.article(item.article.locale, item.article.slug)}
              lang={item.article.locale}
              dir="auto"
              className="min-w-32 flex-1 truncate font-semibold hover:underline"
            >
              {item.article.title}
            </a>
            <span aria-hidden="true" className="text-muted">
              ·
            </span>
            <time dateTime={item.createdAt} className="text-muted">
              {formatDate(locale, item.createdAt, true)}
            </time>
            {reason && (
              <span className="rounded border border-rule px-1.5 text-xs">
                <span className="sr-only">
                  {t.fields.held}
                  {colon(locale)}
                </span>
                {reason}
              </span>
            )}
          </p>
          {item.parent && (
            <p className="mt-1 truncate border-s-2 border-rule ps-2 text-sm text-muted">
              <span>{fillIn(t.fields.inReplyToName, { name: item.parent.name })}</span>{' '}
              <span dir="auto">{excerpt(item.parent.body, PARENT_EXCERPT)}</span>
            </p>
          )}
          <div className="line-clamp-2 text-[0.95rem] leading-snug">
            <CommentBody body={excerpt(item.body, EXCERPT_LENGTH)} />
          </div>
          <div className="mt-1 flex flex-wrap items-center gap-x-3">
            <form action={act.moderate.bind(null, item.id)} data-keep-focus="">
              <input type="hidden" name="back" value={back} />
              <div
                role="group"
                aria-label={fillIn(t.actionsFor, { name: item.name })}
                className="flex flex-wrap items-start gap-1.5"
              >
                {actions
                  .filter((action) => action !== 'delete')
                  .map((action) => (
                    <button
                      key={action}
                      type="submit"
                      name="op"
                      value={action}
                      data-shortcut={action}
                      className={rowButtonClass}
                    >
                      {t.actions[action]}
                    </button>
                  ))}
                {actions.includes('delete') && (
                  <details className="text-sm">
                    <summary className={summaryClass}>{t.actions.delete}</summary>
                    <p className="mt-1">{t.deleteWarning}</p>
                    <button type="submit" name="op" value="delete" className={buttonClass('danger', 'sm', 'mt-1')}>
                      {t.confirmDelete}
                    </button>
                  </details>
                )}
              </div>
            </form>
            {canReply && (
              <details data-shortcut="reply" open={Boolean(keptReply)} className="basis-full sm:basis-auto">
                <summary className={summaryClass}>{t.reply.open}</summary>
                <CommentQueueReplyForm
                  approvesPending={item.status === 'pending'}
                  id={item.id}
                  back={back}
                  initialState={keptReply}
                  action={act.reply.bind(null, item.id)}
                  t={{ reply: t.reply, errors: t.errors, forbidden: t.outcomes.forbidden }}
                />
              </details>
            )}
            <details data-shortcut="edit" open={Boolean(keptEdit)} className="basis-full sm:basis-auto">
              <summary className={summaryClass}>{t.edit.open}</summary>
              <CommentQueueEditForm
                id={item.id}
                initial={{ name: item.name, website: item.website ?? '', body: item.body }}
                back={back}
                initialState={keptEdit}
                action={act.edit.bind(null, item.id)}
                t={{ edit: t.edit, errors: t.errors, forbidden: t.outcomes.forbidden }}
              />
            </details>
            <details className="basis-full sm:basis-auto">
              <summary className={summaryClass}>{t.fields.details}</summary>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
                {item.website && (
                  <>
                    <dt className="text-muted">{t.fields.website}</dt>
                    <dd>
                      <bdi dir="ltr">{item.website}</bdi>
                    </dd>
                  </>
                )}
                <dt className="text-muted">{t.fields.ip}</dt>
                <dd>
                  <code dir="ltr" title={item.ipHash ?? undefined}>
                    {item.ipHash ? item.ipHash.slice(0, 12) : '—'}
                  </code>
                </dd>
                <dt className="text-muted">{t.fields.language}</dt>
                <dd lang={item.article.locale}>{localeNames[item.article.locale]}</dd>
                <dt className="text-muted">{t.fields.article}</dt>
                <dd>
                  <a
                    href={queueHref(view, { article: String(item.article.id), page: 1 })}
                    className="text-accent hover:underline"
                  >
                    {t.fields.onlyThisArticle}
                  </a>
                </dd>
              </dl>
              {item.parentId && (
                <p className="mt-1 text-sm text-muted">{fillIn(t.fields.inReplyTo, { id: item.parentId })}</p>
              )}
              {item.moderatedBy && (
                <p className="text-xs text-muted">{fillIn(t.fields.lastDecision, { name: item.moderatedBy })}</p>
              )}
              {Array.from(item.body).length > EXCERPT_LENGTH && (
                <blockquote aria-label={t.fields.fullText} className="mt-2 border-s-4 border-rule ps-3">
                  <CommentBody body={item.body} />
                </blockquote>
              )}
            </details>
          </div>
        </div>
      </div>
    </li>
  );
}
