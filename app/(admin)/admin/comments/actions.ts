'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { keepFormState, postedWithoutScript } from '@/lib/admin/form-flash';
import { queueHref, viewFromForm } from '@/lib/admin/comment-queue-query';
import { getDb } from '@/db';
import { withPermission } from '@/lib/auth/action';
import type { Staff } from '@/lib/auth/session';
import { expireTags } from '@/lib/cache-invalidation';
import type { FormState } from '@/lib/form-state';
import {
  fillIn,
  getAdminCommentsMessages,
  type AdminCommentsMessages,
  type OutcomeCode,
} from '@/lib/i18n/admin-comments';
import { editComment, emptyStatus, idsSchema, moderate, moderationActions, replyAsStaff } from '@/lib/moderation';

const commentId = z.number().int().positive().max(2_147_483_647);
const operation = z.enum(moderationActions);
type Outcome = { done: OutcomeCode; n?: number };

/**
 * Authorizes, runs the decision, then answers with a redirect to the list it was posted from,
 * carrying the outcome (post/redirect/get): the same with and without JavaScript.
 */
async function decideAndReturn(formData: FormData, body: (staff: Staff) => Promise<Outcome>): Promise<never> {
  const view = viewFromForm(formData);
  let outcome: Outcome = { done: 'error' };
  const state = await withPermission('comments.moderate', async (staff) => {
    outcome = await body(staff);
    return { status: 'success' };
  });
  if (state.status === 'error') {
    if (state.message === 'signed-out') redirect(`/admin/login?from=${encodeURIComponent(queueHref(view))}`);
    outcome = { done: state.message === 'forbidden' ? 'forbidden' : 'error' };
  }
  redirect(queueHref(view, outcome));
}

/** One row's buttons: the comment is bound, the decision is the button that was pressed. */
export async function moderateCommentAction(id: number, formData: FormData): Promise<void> {
  await decideAndReturn(formData, async (staff) => {
    const parsed = z.object({ id: commentId, op: operation }).safeParse({ id, op: formData.get('op') });
    if (!parsed.success) return { done: 'no-action' };
    const result = await moderate(getDb(), staff, [parsed.data.id], parsed.data.op);
    expireTags(result.invalidate);
    return { done: parsed.data.op, n: result.changed };
  });
}

/** The checked rows and the chosen action; permanent deletion asks for confirmation first. */
export async function bulkModerateAction(formData: FormData): Promise<void> {
  await decideAndReturn(formData, async (staff) => {
    const op = operation.safeParse(formData.get('op'));
    if (!op.success) return { done: 'no-action' };
    const ids = idsSchema.safeParse(formData.getAll('ids'));
    if (!ids.success) return { done: 'none-selected' };
    const unique = [...new Set(ids.data)];
    if (op.data === 'delete' && formData.get('confirmed') !== 'yes') {
      redirect(queueHref(viewFromForm(formData), { confirm: 'delete', ids: unique.join(',') }));
    }
    const result = await moderate(getDb(), staff, unique, op.data);
    expireTags(result.invalidate);
    return { done: op.data, n: result.changed };
  });
}

export async function emptyCommentsAction(status: 'spam' | 'trash', formData: FormData): Promise<void> {
  await decideAndReturn(formData, async (staff) => {
    const which = z.enum(['spam', 'trash']).parse(status);
    const result = await emptyStatus(getDb(), staff, which);
    expireTags(result.invalidate);
    return { done: which === 'spam' ? 'empty-spam' : 'empty-trash', n: result.removed };
  });
}

type Messages = AdminCommentsMessages['queue'];

function fieldErrorsOf(error: z.ZodError, t: Messages): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : 'body';
    if (out[field]) continue;
    if (issue.code === 'too_small') out[field] = t.errors.required;
    else if (issue.code === 'too_big') out[field] = fillIn(t.errors.tooLong, { max: Number(issue.maximum) });
    else if (field === 'website') out[field] = t.errors.invalidUrl;
    else out[field] = t.errors.invalid;
  }
  return out;
}

const text = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === 'string' ? value : '';
};

/**
 * With JavaScript the failed state goes back to the form; without, it is kept for the next page
 * and the browser is sent back to the list with that form open (post/redirect/get).
 */
async function answer(formKey: string, id: number, formData: FormData, state: FormState): Promise<FormState> {
  if (!(await postedWithoutScript())) return state;
  const nonce = await keepFormState(formKey, state);
  redirect(`${queueHref(viewFromForm(formData), { flash: nonce ?? undefined })}#comment-${id}`);
}

export async function editCommentAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const state = await withPermission('comments.moderate', async (staff) => {
    const t = getAdminCommentsMessages(staff.preferredLocale).queue;
    const values = { name: text(formData, 'name'), website: text(formData, 'website'), body: text(formData, 'body') };
    const target = commentId.safeParse(id);
    if (!target.success) return { status: 'error', message: t.outcomes['not-found'], values };
    const result = await editComment(getDb(), staff, target.data, values);
    if (!result.ok) {
      if (!result.error) return { status: 'error', message: t.outcomes['not-found'], values };
      return { status: 'invalid', message: t.errors.fix, fieldErrors: fieldErrorsOf(result.error, t), values };
    }
    expireTags(result.invalidate);
    redirect(queueHref(viewFromForm(formData), { done: 'edit' }));
  });
  return answer(`edit:${id}`, id, formData, state);
}

export async function replyCommentAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const state = await withPermission('comments.moderate', async (staff) => {
    const t = getAdminCommentsMessages(staff.preferredLocale).queue;
    const values = { body: text(formData, 'body') };
    const target = commentId.safeParse(id);
    if (!target.success) return { status: 'error', message: t.outcomes['not-found'], values };
    const result = await replyAsStaff(getDb(), staff, target.data, values.body);
    if (!result.ok) {
      if (!result.error) return { status: 'error', message: t.outcomes['not-found'], values };
      return { status: 'invalid', message: t.errors.fix, fieldErrors: fieldErrorsOf(result.error, t), values };
    }
    expireTags(result.invalidate);
    redirect(queueHref(viewFromForm(formData), { done: result.approvedParent ? 'reply-approved' : 'reply' }));
  });
  return answer(`reply:${id}`, id, formData, state);
}
