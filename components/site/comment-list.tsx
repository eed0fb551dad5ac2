import type { PublicComment } from '@/lib/articles';
import { initials, splitCommentBody, threadComments, type Threaded } from '@/lib/comment-text';
import type { Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';

function CommentBody({ body }: { body: string }) {
  return (
    <div dir="auto" className="mt-1 space-y-2">
      {splitCommentBody(body).map((lines, p) => (
        <p key={p}>
          {lines.map((runs, l) => (
            <span key={l}>
              {l > 0 && <br />}
              {runs.map((run, r) =>
                run.kind === 'link' ? (
                  <a key={r} href={run.href} rel="nofollow ugc noopener" className="text-accent underline">
                    {run.text}
                  </a>
                ) : (
                  <span key={r}>{run.text}</span>
                ),
              )}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}

function CommentItem({ comment, locale }: { comment: Threaded<PublicComment>; locale: Locale }) {
  const t = getMessages(locale);
  return (
    <li id={`comment-${comment.id}`}>
      <article className="flex gap-3">
        <span
          aria-hidden="true"
          className="flex size-10 shrink-0 items-center justify-center rounded-full bg-rule text-sm font-bold"
        >
          {initials(comment.name)}
        </span>
        <div className="min-w-0 flex-1">
          <p className="text-sm">
            <strong>
              {comment.website ? (
                <a href={comment.website} rel="nofollow ugc noopener" className="hover:underline">
                  <bdi>{comment.name}</bdi>
                </a>
              ) : (
                <bdi>{comment.name}</bdi>
              )}
            </strong>
            {comment.isStaff && (
              <span className="ms-2 rounded bg-accent px-1.5 py-0.5 text-xs text-accent-ink">{t.staff}</span>
            )}
            <span className="ms-2 text-muted">
              <time dateTime={comment.createdAt}>{formatDate(locale, comment.createdAt, true)}</time>
            </span>
          </p>
          <CommentBody body={comment.body} />
        </div>
      </article>
      {comment.replies.length > 0 && (
        <ol className="mt-4 space-y-4 border-s-2 border-rule ps-4 sm:ms-5">
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} locale={locale} />
          ))}
        </ol>
      )}
    </li>
  );
}

export function CommentList({ comments, locale }: { comments: PublicComment[]; locale: Locale }) {
  const t = getMessages(locale);
  if (comments.length === 0) return <p className="text-muted">{t.noComments}</p>;
  return (
    <ol className="space-y-6">
      {threadComments(comments).map((comment) => (
        <CommentItem key={comment.id} comment={comment} locale={locale} />
      ))}
    </ol>
  );
}
