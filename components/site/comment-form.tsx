'use client';

import { useActionState, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { PublicComment } from '@/lib/articles/types';
import type { Challenge } from '@/lib/captcha';
import type { CommentFormState, CommentValues } from '@/lib/comments/form-state';
import type { Locale } from '@/lib/i18n/config';
import type { CommentMessages } from '@/lib/i18n/comment-messages';
import { colon, fill } from '@/lib/i18n/format';
import { PUBLIC_POST_LIMIT } from '@/lib/request-limits';
import { Field } from '@/components/ui/field';
import { useHydrated } from '@/components/ui/use-hydrated';
import { useFreshQuestion, useReplyLinks } from './comment-form-effects';
import { Honeypot, ReplyingTo, required, toneClass, type Tone } from './comment-form-parts';
import { OwnPendingComments } from './own-pending-comments';

type Props = {
  locale: Locale;
  /** This language's strings only (getCommentMessages on the server): the others never reach the browser. */
  t: CommentMessages;
  /** The sentence for a post larger than the server accepts (tooLargeMessage on the server). */
  tooLargeMessage: string;
  articleId: number;
  action: (state: CommentFormState, formData: FormData) => Promise<CommentFormState>;
  /** Server-rendered question (comment page); on cached article pages it is fetched after load. */
  challenge?: Challenge;
  initialValues?: Partial<CommentValues>;
  initialErrors?: Record<string, string>;
  initialMessage?: string | null;
  initialOutcome?: 'error' | 'success' | null;
  replyTo?: { id: number; name: string } | null;
  mine?: PublicComment[];
  /** The site's time zone (`siteTimeZone()` on the server): the browser's own would differ. */
  timeZone: string;
  /** On the article page, "Reply" links set the parent here instead of leaving the page. */
  interceptReplies?: boolean;
  /**
   * The article's address (with `#respond`), the same on the article and the comment page.
   * Without JavaScript the form posts there, and the article page, which is static, shows
   * an outcome that could not be stored (database unreachable, too many drafts) with
   * everything typed: a dynamic page loses a returned state without JavaScript.
   */
  permalink: string;
};

const MAX = 5000;
const field = 'mt-1 w-full rounded border border-rule bg-card px-3 py-2 aria-[invalid=true]:border-accent';

export function CommentForm(props: Props) {
  const { t } = props;
  const [state, formAction, pending] = useActionState(
    props.action,
    {
      status: props.initialOutcome === 'error' ? 'invalid' : props.initialOutcome === 'success' ? 'success' : 'idle',
      fieldErrors: props.initialErrors,
      message: props.initialMessage ?? undefined,
      values: props.initialValues,
      challenge: props.challenge,
    } satisfies CommentFormState,
    props.permalink,
  );
  // Fields are uncontrolled, so text typed before the script loads is never overwritten.
  // After each submission React resets the form to these defaults: what was typed comes back
  // from the server on an error, and the comment box is emptied on success.
  const defaults = {
    name: state.values?.name ?? props.initialValues?.name ?? '',
    email: state.values?.email ?? props.initialValues?.email ?? '',
    website: state.values?.website ?? props.initialValues?.website ?? '',
    body: state.values?.body ?? props.initialValues?.body ?? '',
  };
  const [bodyLength, setBodyLength] = useState(defaults.body.length);
  const [parentId, setParentId] = useState(props.replyTo ? String(props.replyTo.id) : (state.values?.parentId ?? ''));
  const [replyTo, setReplyTo] = useState(props.replyTo ?? null);
  // A state posted back without JavaScript brings its own fresh question.
  const [challenge, setChallenge] = useState<Challenge | undefined>(state.challenge ?? props.challenge);
  const hydrated = useHydrated();
  const [mine, setMine] = useState<PublicComment[]>(props.mine ?? []);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const ids = useId();
  const errors = state.fieldErrors ?? {};
  const number = (n: number) => new Intl.NumberFormat(props.locale).format(n);
  // A post over the public size limit would be refused by the proxy (413) before the action
  // runs, and the form would lose the answer: check it here first and keep everything typed.
  // (Only a manipulated field can get there: the comment box stops at 5,000 characters.)
  const [tooLarge, setTooLarge] = useState(false);
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    let size = 0;
    for (const [, value] of new FormData(event.currentTarget))
      size += typeof value === 'string' ? new Blob([value]).size : value.size;
    const over = size > PUBLIC_POST_LIMIT - 4096;
    setTooLarge(over);
    if (over) event.preventDefault();
  };
  const message = tooLarge ? props.tooLargeMessage : state.message;
  // An instruction ("one more step") comes with an idle state: it is not an error.
  const tone: Tone =
    tooLarge || state.status === 'invalid' || state.status === 'error'
      ? 'error'
      : state.status === 'success'
        ? 'success'
        : 'info';

  // Once running in the browser: a fresh question for this view, and the reader's own pending comments.
  useFreshQuestion(props.challenge ? null : { articleId: props.articleId, locale: props.locale }, (data) => {
    setChallenge(data.challenge);
    setMine(data.mine);
  });
  // "Reply" links under comments set the parent in place (they lead to the comment page without JavaScript).
  useReplyLinks(Boolean(props.interceptReplies), (reply) => {
    setReplyTo(reply);
    setParentId(String(reply.id));
    formRef.current?.scrollIntoView({ block: 'start' });
    formRef.current?.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  });

  // Each outcome (the first one too, once in the browser) brings a fresh question and resets the
  // counter and, on success, the reply: adjusted while rendering, as React advises, not in an effect.
  const [outcome, setOutcome] = useState<CommentFormState | null>(null);
  if (hydrated && outcome !== state) {
    setOutcome(state);
    if (state.challenge) setChallenge(state.challenge);
    setBodyLength(state.values?.body?.length ?? 0);
    if (state.status === 'success') {
      setParentId('');
      setReplyTo(null);
      const posted = state.posted;
      if (posted?.pending) setMine((m) => [...m, { ...posted, parentId: null, isStaff: false }]);
    }
  }
  // Errors move focus to the first field to fix; a success to the status line.
  useEffect(() => {
    if (state.status === 'success') {
      statusRef.current?.focus();
    } else if (state.status === 'invalid' || state.status === 'error') {
      const first = ['name', 'email', 'website', 'body', 'captcha'].find((f) => state.fieldErrors?.[f]);
      const target = first ? formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`) : statusRef.current;
      target?.focus();
    }
  }, [state]);

  return (
    <div>
      <OwnPendingComments locale={props.locale} t={t} timeZone={props.timeZone} comments={mine} />
      <form ref={formRef} action={formAction} onSubmit={checkSize} noValidate className="space-y-4" aria-busy={pending}>
        <h2 id="respond" className="text-xl font-extrabold">
          {t.formTitle}
        </h2>
        <p
          ref={statusRef}
          tabIndex={-1}
          role="status"
          aria-live="polite"
          data-tone={message ? tone : undefined}
          className={message ? `rounded border p-3 ${toneClass[tone]}` : 'sr-only'}
        >
          {message ?? ''}
        </p>
        {replyTo && (
          <ReplyingTo
            name={replyTo.name}
            t={t}
            onCancel={
              hydrated
                ? () => {
                    setReplyTo(null);
                    setParentId('');
                  }
                : undefined
            }
          />
        )}
        <p className="text-sm text-muted">{t.requiredNote}</p>
        <input type="hidden" name="js" value={hydrated ? '1' : ''} />
        <input type="hidden" name="parentId" value={parentId} />
        <input type="hidden" name="captchaToken" value={challenge?.token ?? ''} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={`${ids}-name`} label={required(t.name)} error={errors.name} size="md">
            {(control) => (
              <input
                {...control}
                data-field="name"
                name="name"
                required
                maxLength={80}
                autoComplete="name"
                dir="auto"
                defaultValue={defaults.name}
                className={field}
              />
            )}
          </Field>
          <Field id={`${ids}-email`} label={required(t.email)} hint={t.emailNote} error={errors.email} size="md">
            {(control) => (
              <input
                {...control}
                data-field="email"
                name="email"
                type="email"
                required
                maxLength={254}
                autoComplete="email"
                dir="ltr"
                defaultValue={defaults.email}
                className={field}
              />
            )}
          </Field>
        </div>
        <Field id={`${ids}-website`} label={t.website} hint={t.websiteHint} error={errors.website} size="md">
          {(control) => (
            <input
              {...control}
              data-field="website"
              name="website"
              type="url"
              maxLength={200}
              autoComplete="url"
              dir="ltr"
              defaultValue={defaults.website}
              className={field}
            />
          )}
        </Field>
        <Field
          id={`${ids}-body`}
          label={required(t.comment)}
          hint={`${fill(t.commentHint, { max: number(MAX) })} (${number(bodyLength)}/${number(MAX)})`}
          error={errors.body}
          size="md"
        >
          {(control) => (
            <textarea
              {...control}
              data-field="body"
              name="body"
              required
              rows={6}
              maxLength={MAX}
              dir="auto"
              defaultValue={defaults.body}
              onInput={(e) => setBodyLength(e.currentTarget.value.length)}
              className={field}
            />
          )}
        </Field>
        <Honeypot id={`${ids}-homepage`} label={t.honeypot} />
        {challenge ? (
          <Field
            id={`${ids}-captcha`}
            label={
              <>
                <span className="sr-only">
                  {t.captchaLabel}
                  {colon(props.locale)}
                </span>
                {required(challenge.question)}
              </>
            }
            error={errors.captcha}
            size="md"
          >
            {(control) => (
              <input
                {...control}
                data-field="captcha"
                name="captchaAnswer"
                required
                inputMode="numeric"
                autoComplete="off"
                dir="ltr"
                defaultValue=""
                className={`${field} max-w-40`}
              />
            )}
          </Field>
        ) : hydrated ? (
          <p className="text-sm text-muted">{t.captchaLoading}</p>
        ) : (
          // Server-rendered; replaced by the question as soon as the script runs.
          <p className="text-sm text-muted">{t.captchaNoScript}</p>
        )}
        <button
          type="submit"
          disabled={pending || (hydrated && !challenge)}
          className="min-h-11 min-w-11 rounded bg-accent px-5 py-2 font-semibold text-accent-ink disabled:opacity-60"
        >
          {pending ? t.submitting : t.submit}
        </button>
      </form>
    </div>
  );
}
