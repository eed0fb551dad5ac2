'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import type { Db } from '@/db/connect';
import { action } from '@/lib/actions/action';
import { challengeStartedAt, createChallenge, type Challenge } from '@/lib/captcha';
import { expireTags } from '@/lib/cache-invalidation';
import { clientIp } from '@/lib/client-ip';
import { commentCookieOptions, DRAFT_COOKIE, OWN_COMMENTS_COOKIE } from '@/lib/comments/cookies';
import { errorSummary, isDatabaseUnavailable } from '@/lib/comments/db-unavailable';
import { decodeOwnIds, encodeOwnIds, saveDraft, signValue, verifySigned, type DraftData } from '@/lib/comments/drafts';
import type { CommentFormState, CommentTarget, CommentValues } from '@/lib/comments/form-state';
import {
  commentFieldKey,
  commentInputSchema,
  commentLimits,
  tooLongFields,
  type CommentFieldErrors,
} from '@/lib/comments/input';
import { commentIpHash, submitComment } from '@/lib/comments/submit';
import { formValues } from '@/lib/form-state';
import { defaultLocale, isLocale, locales, type Locale } from '@/lib/i18n/config';
import { getCommentMessages, type CommentMessages } from '@/lib/i18n/comment-messages';
import { log } from '@/lib/log';
import { routes } from '@/lib/routes';
import { fieldErrorsFromZod, rowId } from '@/lib/validation';
import { fill, formatNumber } from '@/lib/i18n/format';

function localize(errors: CommentFieldErrors, t: CommentMessages, locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, code] of Object.entries(errors)) {
    const limit = commentLimits[field as keyof typeof commentLimits];
    out[field] =
      field === 'email' && code === 'invalid'
        ? t.errors.emailInvalid
        : code === 'too-long' && limit
          ? fill(t.tooLong, { max: formatNumber(locale, limit) })
          : t.errors[code];
  }
  return out;
}

/**
 * What the form shows next: the state (what the form gets back with JavaScript) and, without
 * JavaScript, the same outcome as a draft for the comment page.
 */
type Outcome = { state: CommentFormState; draft?: Omit<DraftData, 'parentId'> };

/** The shape of a post: every field a string ('' when missing); the domain checks the values. */
const text = z.string().default('');
const postSchema = z.object({
  target: z.object({ articleId: rowId, locale: z.enum(locales), slug: z.string().min(1) }),
  name: text,
  email: text,
  website: text,
  body: text,
  parentId: text,
  js: text,
  captchaToken: text,
  captchaAnswer: text,
  homepage: text,
});

/**
 * Posts a reader comment. With JavaScript the form gets its outcome back as state; without
 * it, the outcome and everything typed are kept server-side and the reader lands on the
 * comment page (post/redirect/get), which shows them with a fresh question. What cannot be
 * kept (values over the limits, more drafts than an address may hold, the database
 * unreachable) comes back as state instead, with everything typed: the form posts to the
 * article page (its permalink), which shows that state without JavaScript too.
 */
export const postComment = action(
  {
    name: 'postComment',
    access: 'public',
    schema: postSchema,
    input: (target: CommentTarget, _prev: CommentFormState, form: FormData) => ({ ...formValues(form), target }),
    // The language of the article the form is under, bound by the page.
    locale: (target) => (isLocale(target?.locale) ? target.locale : defaultLocale()),
    refused: (state): CommentFormState => state,
  },
  async (input): Promise<CommentFormState> => {
    const { target } = input;
    const t = getCommentMessages(target.locale);
    const values: CommentValues = {
      name: input.name,
      email: input.email,
      website: input.website,
      body: input.body,
      parentId: input.parentId,
    };
    // Questions given again (after a wrong answer, an error) keep when the reader started.
    const startedAt = challengeStartedAt(input.captchaToken, target.articleId);
    const nextChallenge = () => createChallenge(target.locale, target.articleId, { startedAt });
    const again = (state: Omit<CommentFormState, 'challenge'>): CommentFormState => ({
      ...state,
      challenge: nextChallenge(),
    });

    // Lengths first: an oversized post is answered before anything is read or stored.
    const tooLong = tooLongFields(values);
    if (Object.keys(tooLong).length > 0)
      return again({
        status: 'invalid',
        message: t.fixErrors,
        fieldErrors: localize(tooLong, t, target.locale),
        values,
      });

    const jar = await cookies();
    const h = await headers();
    const ip = clientIp(h);
    const db = getDb();
    const submission = {
      withJs: input.js === '1',
      ip,
      userAgent: h.get('user-agent'),
      token: input.captchaToken,
      answer: input.captchaAnswer,
      honeypot: input.homepage,
      jar,
    };
    try {
      const outcome = await handle(db, target, values, nextChallenge, submission, t).catch(async (error: unknown) => {
        // Once, shortly after: right after the database comes back, a pooled connection left from
        // before the outage fails on its first use. The submission is one transaction, so a
        // failed first attempt stored nothing.
        if (!isDatabaseUnavailable(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
        return handle(db, target, values, nextChallenge, submission, t);
      });
      if (!outcome.draft) return outcome.state;
      const parentId = Number(values.parentId) || null;
      const saved = await saveDraft(db, {
        articleId: target.articleId,
        data: { ...outcome.draft, parentId },
        existingId: verifySigned(jar.get(DRAFT_COOKIE)?.value),
        ipHash: commentIpHash(ip),
      });
      if (!saved.ok) return outcome.state;
      jar.set(DRAFT_COOKIE, signValue(saved.id), commentCookieOptions(60 * 60));
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        log.warn(
          { scope: 'comments', articleId: target.articleId, cause: errorSummary(error) },
          'database unreachable while posting a comment',
        );
        return again({ status: 'error', code: 'unavailable', message: t.unavailable, values });
      }
      // The logger's error serializer drops bound parameters (emails, comment text).
      log.error({ scope: 'comments', articleId: target.articleId, err: error }, 'comment submission failed');
      return again({ status: 'error', code: 'failed', message: t.genericError, values });
    }
    redirect(routes.commentPage(target.locale, target.slug, Number(values.parentId) || undefined));
  },
);

type Submission = {
  withJs: boolean;
  ip: string;
  userAgent: string | null;
  token: string;
  answer: string;
  honeypot: string;
  jar: Awaited<ReturnType<typeof cookies>>;
};

async function handle(
  db: Db,
  target: CommentTarget,
  values: CommentValues,
  nextChallenge: () => Challenge,
  request: Submission,
  t: CommentMessages,
): Promise<Outcome> {
  const { withJs, jar } = request;
  const challenge = nextChallenge();
  if (!request.token) {
    // Submitted without JavaScript from the article page: there was no question yet.
    const parsed = commentInputSchema.safeParse(values);
    const fieldErrors = parsed.success
      ? {}
      : localize(fieldErrorsFromZod(parsed.error, commentFieldKey) as CommentFieldErrors, t, target.locale);
    const message = parsed.success ? t.nextStep : t.fixErrors;
    return {
      state: { status: parsed.success ? 'idle' : 'invalid', fieldErrors, message, values, challenge },
      draft: { ...values, fieldErrors, message, outcome: parsed.success ? null : 'error' },
    };
  }

  const result = await submitComment(
    db,
    {
      articleId: target.articleId,
      ...values,
      captchaToken: request.token,
      captchaAnswer: request.answer,
      honeypot: request.honeypot,
    },
    { ip: request.ip, userAgent: request.userAgent },
  );

  if (result.ok) {
    expireTags(result.invalidate);
    const pending = result.comment.status !== 'approved';
    if (pending) {
      const own = decodeOwnIds(jar.get(OWN_COMMENTS_COOKIE)?.value);
      jar.set(OWN_COMMENTS_COOKIE, encodeOwnIds([...own, result.comment.id]), commentCookieOptions(30 * 24 * 60 * 60));
    }
    const message = pending ? t.successPending : t.successApproved;
    const identity = { name: values.name, email: values.email, website: values.website, body: '', parentId: '' };
    const posted = {
      id: result.comment.id,
      name: values.name.trim(),
      website: values.website.trim() || null,
      body: values.body.trim(),
      createdAt: new Date().toISOString(),
      pending,
    };
    return {
      state: { status: 'success', message, values: identity, challenge, posted },
      draft: withJs ? undefined : { ...identity, fieldErrors: {}, message, outcome: 'success' },
    };
  }

  const fieldErrors = result.reason === 'invalid' ? localize(result.fieldErrors, t, target.locale) : {};
  const message =
    result.reason === 'invalid'
      ? t.fixErrors
      : result.reason === 'closed'
        ? t.closed
        : result.reason === 'rate-limited'
          ? t.rateLimited
          : result.reason === 'duplicate'
            ? t.duplicate
            : t.notFound;
  return {
    state: { status: result.reason === 'invalid' ? 'invalid' : 'error', fieldErrors, message, values, challenge },
    draft: withJs ? undefined : { ...values, fieldErrors, message, outcome: 'error' },
  };
}
