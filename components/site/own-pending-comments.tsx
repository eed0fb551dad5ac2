import type { PublicComment } from '@/lib/articles/types';
import type { Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { CommentMessages } from '@/lib/i18n/comment-messages';
import { CommentBody } from './comment-body';

/** The reader's own comments that wait for a moderator: only they see them. */
export function OwnPendingComments({
  locale,
  t,
  timeZone,
  comments,
}: {
  locale: Locale;
  t: Pick<CommentMessages, 'yourPending' | 'awaitingModeration'>;
  timeZone: string;
  comments: PublicComment[];
}) {
  if (comments.length === 0) return null;
  return (
    <section aria-labelledby="own-pending" className="mb-8 rounded border border-dashed border-rule p-4">
      <h3 id="own-pending" className="font-bold">
        {t.yourPending}
      </h3>
      <ol className="mt-3 space-y-4">
        {comments.map((c) => (
          <li key={c.id} id={`comment-${c.id}`}>
            <p className="text-sm">
              <strong>
                <bdi>{c.name}</bdi>
              </strong>
              <span className="ms-2 rounded bg-rule px-1.5 py-0.5 text-xs">{t.awaitingModeration}</span>
              <span className="ms-2 text-muted">
                <time dateTime={c.createdAt}>{formatDate(locale, c.createdAt, true, timeZone)}</time>
              </span>
            </p>
            <CommentBody body={c.body} />
          </li>
        ))}
      </ol>
    </section>
  );
}
