import { splitCommentBody } from '@/lib/comment-text';

/** A plain-text comment: escaped by React, paragraphs and line breaks kept, http(s) URLs linked. */
export function CommentBody({ body }: { body: string }) {
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
