import type { PublicComment } from '@/lib/articles';
import { initials, threadComments, type Threaded } from '@/lib/comment-text';
import { CommentBody } from './comment-body';
import type { Locale } from '@/lib/i18n/config';
import { fill, formatDate } from '@/lib/i18n/format';
import { getCommentMessages } from '@/lib/i18n/comment-messages';
import { getMessages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';

const MAX_DEPTH = 3;

type ReplyOptions = { slug: string; open: boolean };

function CommentItem({
  comment,
  locale,
  depth,
  reply,
}: {
  comment: Threaded<PublicComment>;
  locale: Locale;
  depth: number;
  reply: ReplyOptions;
}) {
  const t = getMessages(locale);
  const c = getCommentMessages(locale);
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
          {reply.open && depth < MAX_DEPTH && (
            <p className="mt-1 text-sm">
              {/* Without JavaScript this opens the comment page; the form on the article takes it over otherwise. */}
              <a
                href={routes.commentPage(locale, reply.slug, comment.id)}
                data-reply-to={comment.id}
                data-reply-name={comment.name}
                className="inline-flex min-h-11 min-w-11 items-center font-semibold text-accent hover:underline sm:min-h-6"
              >
                {c.reply}
                <span className="sr-only"> {fill(c.replyingTo, { name: comment.name })}</span>
              </a>
            </p>
          )}
        </div>
      </article>
      {comment.replies.length > 0 && (
        <ol className="mt-4 space-y-4 border-s-2 border-rule ps-4 sm:ms-5">
          {comment.replies.map((child) => (
            <CommentItem key={child.id} comment={child} locale={locale} depth={depth + 1} reply={reply} />
          ))}
        </ol>
      )}
    </li>
  );
}

export function CommentList({
  comments,
  locale,
  reply,
}: {
  comments: PublicComment[];
  locale: Locale;
  reply: ReplyOptions;
}) {
  const t = getMessages(locale);
  if (comments.length === 0) return <p className="text-muted">{t.noComments}</p>;
  return (
    <ol className="space-y-6">
      {threadComments(comments).map((comment) => (
        <CommentItem key={comment.id} comment={comment} locale={locale} depth={1} reply={reply} />
      ))}
    </ol>
  );
}
