'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { keepFormState, postedWithoutScript } from '@/lib/admin/form-flash';
import { queueHref, viewFromForm } from '@/lib/admin/comment-queue-query';
import { getDb } from '@/db';
import type { Db } from '@/db/connect';
import { action, describeFieldErrors } from '@/lib/actions/action';
import type { Staff } from '@/lib/auth/session';
import { expireTags } from '@/lib/cache-invalidation';
import { commentLimits } from '@/lib/comments/input';
import { editComment, emptyStatus, idsSchema, moderate, replyAsStaff } from '@/lib/comments/moderate';
import { formValues, type FormState } from '@/lib/form-state';
import type { Locale } from '@/lib/i18n/config';
import { fillIn, getAdminCommentsMessages, type OutcomeCode } from '@/lib/i18n/admin-comments';
import { moderationActions } from '@/lib/moderation';
import type { Result } from '@/lib/result';
import { rowId } from '@/lib/validation';

type Outcome = { done: OutcomeCode; n?: number };
type Written<W extends object> = Result<W & { invalidate: string[] }, 'forbidden' | 'not-found' | 'invalid'>;

const operation = z.enum(moderationActions);
const posted = z.instanceof(FormData);

/**
 * Every decision answers with a redirect to the list it was posted from, carrying the outcome
 * (post/redirect/get): the same with and without JavaScript.
 */
function backTo(form: FormData, outcome: Outcome): never {
  redirect(queueHref(viewFromForm(form), outcome));
}

/** Refused before deciding: signed out goes to sign in (and back); anything else says why on the list. */
function refusedDecision(state: FormState, form: FormData): never {
  if (state.code === 'signed-out') redirect(`/admin/login?from=${encodeURIComponent(queueHref(viewFromForm(form)))}`);
  const errors = state.fieldErrors ?? {};
  const done: OutcomeCode =
    state.code === 'forbidden'
      ? 'forbidden'
      : errors.op || errors.id
        ? 'no-action'
        : errors.ids
          ? 'none-selected'
          : 'error';
  return backTo(form, { done });
}

function decided(form: FormData, result: Written<object>, outcome: Outcome): never {
  if (result.ok) {
    expireTags(result.invalidate);
    return backTo(form, outcome);
  }
  return backTo(form, {
    done: result.reason === 'forbidden' ? 'forbidden' : result.reason === 'invalid' ? 'none-selected' : 'error',
  });
}

export const moderateCommentAction = action(
  {
    name: 'moderateComment',
    access: 'comments.moderate',
    schema: z.object({ id: rowId, op: operation, form: posted }),
    input: (id: number, form: FormData) => ({ id, op: form.get('op'), form }),
    refused: (state, _id, form) => refusedDecision(state, form),
  },
  async ({ id, op, form }, { actor }) => {
    const result = await moderate(getDb(), actor, [id], op);
    return decided(form, result, { done: op, n: result.ok ? result.changed : 0 });
  },
);

/** The checked rows and the chosen action; permanent deletion asks for confirmation first. */
export const bulkModerateAction = action(
  {
    name: 'bulkModerate',
    access: 'comments.moderate',
    schema: z.object({ op: operation, ids: idsSchema, confirmed: z.boolean(), form: posted }),
    input: (form: FormData) => ({
      op: form.get('op'),
      ids: form.getAll('ids'),
      confirmed: form.get('confirmed') === 'yes',
      form,
    }),
    refused: (state, form) => refusedDecision(state, form),
  },
  async ({ op, ids, confirmed, form }, { actor }) => {
    const unique = [...new Set(ids)];
    if (op === 'delete' && !confirmed)
      redirect(queueHref(viewFromForm(form), { confirm: 'delete', ids: unique.join(',') }));
    const result = await moderate(getDb(), actor, unique, op);
    return decided(form, result, { done: op, n: result.ok ? result.changed : 0 });
  },
);

export const emptyCommentsAction = action(
  {
    name: 'emptyComments',
    access: 'comments.moderate',
    schema: z.object({ status: z.enum(['spam', 'trash']), form: posted }),
    input: (status: 'spam' | 'trash', form: FormData) => ({ status, form }),
    refused: (state, _status, form) => refusedDecision(state, form),
  },
  async ({ status, form }, { actor }) => {
    const result = await emptyStatus(getDb(), actor, status);
    return decided(form, result, { done: `empty-${status}`, n: result.ok ? result.removed : 0 });
  },
);

/**
 * With JavaScript the failed state goes back to the form; without, it is kept for the next page
 * and the browser is sent back to the list with that form open (post/redirect/get).
 */
async function answer(formKey: string, id: number, form: FormData, state: FormState): Promise<FormState> {
  if (!(await postedWithoutScript())) return state;
  const nonce = await keepFormState(formKey, state);
  redirect(`${queueHref(viewFromForm(form), { flash: nonce ?? undefined })}#comment-${id}`);
}

const describe = (field: string, code: string, locale: Locale) => {
  const t = getAdminCommentsMessages(locale).queue;
  if (field === 'id') return t.outcomes['not-found'];
  if (code === 'required') return t.errors.required;
  if (code === 'too-long')
    return fillIn(t.errors.tooLong, { max: commentLimits[field as keyof typeof commentLimits] ?? 0 });
  return code === 'invalid-url' ? t.errors.invalidUrl : t.errors.invalid;
};

const text = z.string().default('');

/**
 * The edit and the reply forms of a row: the same path, with their own fields, write and outcome.
 * Success goes back to the list with the outcome; anything else comes back to the form.
 */
function staffCommentAction<V extends Record<string, string>, W extends object>(
  kind: 'edit' | 'reply',
  fields: z.ZodType<V>,
  write: (db: Db, actor: Staff, id: number, values: V) => Promise<Written<W>>,
  done: (written: W) => OutcomeCode,
) {
  return action(
    {
      name: `${kind}Comment`,
      access: 'comments.moderate',
      schema: z.object({ id: rowId, values: fields, form: posted }),
      input: (id: number, _prev: FormState, form: FormData) => ({ id, values: formValues(form), form }),
      describe,
      refused: (state, id, _prev, form): Promise<FormState> =>
        answer(
          `${kind}:${id}`,
          id,
          form,
          state.fieldErrors?.id
            ? { status: 'error', code: 'not-found', message: state.fieldErrors.id, values: state.values }
            : state,
        ),
    },
    async ({ id, values, form }, { actor, locale }): Promise<FormState> => {
      const t = getAdminCommentsMessages(locale).queue;
      const result = await write(getDb(), actor, id, values);
      if (result.ok) {
        expireTags(result.invalidate);
        return backTo(form, { done: done(result) });
      }
      const state: FormState =
        result.reason === 'invalid'
          ? {
              status: 'invalid',
              message: t.errors.fix,
              fieldErrors: describeFieldErrors(result.fieldErrors, locale, describe),
              values,
            }
          : result.reason === 'forbidden'
            ? { status: 'error', code: 'forbidden', message: t.outcomes.forbidden, values }
            : { status: 'error', code: 'not-found', message: t.outcomes['not-found'], values };
      return answer(`${kind}:${id}`, id, form, state);
    },
  );
}

export const editCommentAction = staffCommentAction(
  'edit',
  z.object({ name: text, website: text, body: text }),
  (db, actor, id, values) => editComment(db, actor, id, values),
  () => 'edit',
);

export const replyCommentAction = staffCommentAction(
  'reply',
  z.object({ body: text }),
  (db, actor, id, { body }) => replyAsStaff(db, actor, id, body),
  (reply) => (reply.approvedParent ? 'reply-approved' : 'reply'),
);
