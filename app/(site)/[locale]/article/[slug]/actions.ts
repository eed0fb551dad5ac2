'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { createChallenge, type Challenge } from '@/lib/captcha';
import { expireTags } from '@/lib/cache-invalidation';
import { clientIp } from '@/lib/client-ip';
import { commentCookieOptions, DRAFT_COOKIE, OWN_COMMENTS_COOKIE } from '@/lib/comments/cookies';
import { decodeOwnIds, encodeOwnIds, saveDraft, signValue, verifySigned, type DraftData } from '@/lib/comments/drafts';
import { commentFieldErrors, commentInputSchema, type CommentFieldErrors } from '@/lib/comments/input';
import { submitComment } from '@/lib/comments/submit';
import type { FormState } from '@/lib/form-state';
import type { Locale } from '@/lib/i18n/config';
import { getCommentMessages, type CommentMessages } from '@/lib/i18n/comment-messages';
import { log } from '@/lib/log';
import { routes } from '@/lib/routes';

export type CommentValues = { name: string; email: string; website: string; body: string; parentId: string };

export type CommentFormState = FormState<CommentValues> & {
  challenge?: Challenge;
  posted?: { id: number; name: string; website: string | null; body: string; createdAt: string; pending: boolean };
};

export type CommentTarget = { articleId: number; locale: Locale; slug: string };

function localize(errors: CommentFieldErrors, t: CommentMessages): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, code] of Object.entries(errors)) {
    out[field] = field === 'email' && code === 'invalid' ? t.errors.emailInvalid : t.errors[code];
  }
  return out;
}

/**
 * Posts a reader comment. With JavaScript the form gets its outcome back as state; without
 * it, the outcome and everything typed are kept server-side and the reader lands on the
 * comment page (post/redirect/get), which shows them with a fresh question.
 */
export async function postComment(target: CommentTarget, _prev: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const t = getCommentMessages(target.locale);
  const withJs = formData.get('js') === '1';
  const text = (key: string) => {
    const value = formData.get(key);
    return typeof value === 'string' ? value : '';
  };
  const values: CommentValues = { name: text('name'), email: text('email'), website: text('website'), body: text('body'), parentId: text('parentId') };
  const token = text('captchaToken');
  const jar = await cookies();
  const db = getDb();

  const keepForPage = async (data: Omit<DraftData, 'parentId'>) => {
    const existing = verifySigned(jar.get(DRAFT_COOKIE)?.value);
    const parentId = Number(values.parentId) || null;
    const id = await saveDraft(db, target.articleId, { ...data, parentId }, existing);
    jar.set(DRAFT_COOKIE, signValue(id), commentCookieOptions(60 * 60));
    redirect(routes.commentPage(target.locale, target.slug, parentId ?? undefined));
  };

  if (!token) {
    // Submitted without JavaScript from the article page: there was no question yet.
    const parsed = commentInputSchema.safeParse(values);
    const fieldErrors = parsed.success ? {} : localize(commentFieldErrors(parsed.error), t);
    return keepForPage({ ...values, fieldErrors, message: parsed.success ? t.nextStep : t.fixErrors, outcome: parsed.success ? null : 'error' });
  }

  const h = await headers();
  let result;
  try {
    result = await submitComment(
      db,
      { articleId: target.articleId, ...values, captchaToken: token, captchaAnswer: text('captchaAnswer'), honeypot: text('homepage') },
      { ip: clientIp(h), userAgent: h.get('user-agent') },
    );
  } catch (error) {
    log.error({ err: error, scope: 'comments', articleId: target.articleId }, 'comment submission failed');
    if (!withJs) return keepForPage({ ...values, fieldErrors: {}, message: t.genericError, outcome: 'error' });
    return { status: 'error', message: t.genericError, values, challenge: createChallenge(target.locale, target.articleId) };
  }

  if (result.ok) {
    expireTags(result.invalidate);
    const pending = result.comment.status !== 'approved';
    if (pending) {
      const own = decodeOwnIds(jar.get(OWN_COMMENTS_COOKIE)?.value);
      jar.set(OWN_COMMENTS_COOKIE, encodeOwnIds([...own, result.comment.id]), commentCookieOptions(30 * 24 * 60 * 60));
    }
    const message = pending ? t.successPending : t.successApproved;
    const identity = { name: values.name, email: values.email, website: values.website, body: '', parentId: '' };
    if (!withJs) return keepForPage({ ...identity, fieldErrors: {}, message, outcome: 'success' });
    return {
      status: 'success',
      message,
      values: identity,
      challenge: createChallenge(target.locale, target.articleId),
      posted: {
        id: result.comment.id,
        name: values.name.trim(),
        website: values.website.trim() || null,
        body: values.body.trim(),
        createdAt: new Date().toISOString(),
        pending,
      },
    };
  }

  const fieldErrors = result.reason === 'invalid' ? localize(result.fieldErrors, t) : {};
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
  if (!withJs) return keepForPage({ ...values, fieldErrors, message, outcome: 'error' });
  return { status: result.reason === 'invalid' ? 'invalid' : 'error', fieldErrors, message, values, challenge: createChallenge(target.locale, target.articleId) };
}
