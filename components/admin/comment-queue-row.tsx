import { editCommentAction, moderateCommentAction, replyCommentAction } from '@/app/(admin)/admin/comments/actions';
import { CommentBody } from '@/components/site/comment-body';
import type { HeldReason } from '@/lib/comments/rules';
import type { FormState } from '@/lib/form-state';
import { fillIn, type AdminCommentsMessages } from '@/lib/i18n/admin-comments';
import { localeNames, type Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { QueueItem } from '@/lib/moderation';
import { routes } from '@/lib/routes';
import { actionsByStatus, queueHref, type QueueView } from './comment-queue-query';
import { CommentQueueEditForm } from './comment-queue-edit-form';
import { queueButtonClass } from './comment-queue-field';
import { CommentQueueReplyForm } from './comment-queue-reply-form';

const EXCERPT_LENGTH = 600;
const summaryClass = 'cursor-pointer text-sm font-semibold text-accent hover:underline';

function excerpt(body: string) {
  const chars = Array.from(body);
  return chars.length > EXCERPT_LENGTH ? `${chars.slice(0, EXCERPT_LENGTH).join('').trimEnd()}…` : body;
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
  locale,
  t,
}: {
  item: QueueItem;
  view: QueueView;
  back: string;
  kept: { key: string; state: FormState } | null;
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
      className="rounded border border-rule bg-card p-4 focus:outline-3 focus:outline-focus"
    >
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          form="comment-bulk"
          name="ids"
          value={item.id}
          data-shortcut="select"
          aria-label={fillIn(t.select, { name: item.name })}
          className="mt-1.5 size-4 shrink-0"
        />
        <div className="min-w-0 flex-1 space-y-2">
          <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <strong id={`${base}-name`} dir="auto">
              {item.name}
            </strong>
            {item.isStaff && <span className="rounded bg-accent px-1.5 py-0.5 text-xs text-accent-ink">{t.fields.staff}</span>}
            <span className="text-sm text-muted">
              <span className="sr-only">{t.fields.email}: </span>
              <span dir="ltr">{item.email}</span>
            </span>
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
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
            <dt className="text-muted">{t.fields.article}</dt>
            <dd>
              <a href={routes.article(item.article.locale, item.article.slug)} lang={item.article.locale} dir="auto" className="font-semibold hover:underline">
                {item.article.title}
              </a>{' '}
              <a href={queueHref(view, { article: String(item.article.id), page: 1 })} className="ms-2 text-accent hover:underline">
                {t.fields.onlyThisArticle}
              </a>
            </dd>
            <dt className="text-muted">{t.fields.language}</dt>
            <dd lang={item.article.locale}>{localeNames[item.article.locale]}</dd>
            <dt className="text-muted">{t.fields.received}</dt>
            <dd>
              <time dateTime={item.createdAt}>{formatDate(locale, item.createdAt, true)}</time>
            </dd>
            {reason && (
              <>
                <dt className="text-muted">{t.fields.held}</dt>
                <dd>{reason}</dd>
              </>
            )}
          </dl>
          {item.parentId && <p className="text-sm text-muted">{fillIn(t.fields.inReplyTo, { id: item.parentId })}</p>}
          <blockquote className="border-s-4 border-rule ps-3">
            <CommentBody body={excerpt(item.body)} />
          </blockquote>
          {item.moderatedBy && <p className="text-xs text-muted">{fillIn(t.fields.lastDecision, { name: item.moderatedBy })}</p>}
          <form action={moderateCommentAction.bind(null, item.id)} data-keep-focus="" className="flex flex-wrap items-start gap-2">
            <input type="hidden" name="back" value={back} />
            <div role="group" aria-label={fillIn(t.actionsFor, { name: item.name })} className="flex flex-wrap items-start gap-2">
              {actions
                .filter((action) => action !== 'delete')
                .map((action) => (
                  <button key={action} type="submit" name="op" value={action} data-shortcut={action} className={queueButtonClass}>
                    {t.actions[action]}
                  </button>
                ))}
              {actions.includes('delete') && (
                <details className="text-sm">
                  <summary className={summaryClass}>{t.actions.delete}</summary>
                  <p className="mt-1">{t.deleteWarning}</p>
                  <button type="submit" name="op" value="delete" className={`${queueButtonClass} mt-1 border-accent text-accent`}>
                    {t.confirmDelete}
                  </button>
                </details>
              )}
            </div>
          </form>
          <div className="flex flex-col gap-2">
            <details data-shortcut="edit" open={Boolean(keptEdit)}>
              <summary className={summaryClass}>{t.edit.open}</summary>
              <CommentQueueEditForm
                id={item.id}
                initial={{ name: item.name, website: item.website ?? '', body: item.body }}
                back={back}
                initialState={keptEdit}
                action={editCommentAction.bind(null, item.id)}
                t={{ edit: t.edit, errors: t.errors, forbidden: t.outcomes.forbidden }}
              />
            </details>
            {canReply && (
              <details data-shortcut="reply" open={Boolean(keptReply)}>
                <summary className={summaryClass}>{t.reply.open}</summary>
                <CommentQueueReplyForm id={item.id} back={back} initialState={keptReply} action={replyCommentAction.bind(null, item.id)} t={{ reply: t.reply, errors: t.errors, forbidden: t.outcomes.forbidden }} />
              </details>
            )}
          </div>
        </div>
      </div>
    </li>
  );
}
