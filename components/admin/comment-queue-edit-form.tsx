'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { compactInputClass, Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/form-state';
import type { AdminCommentsMessages } from '@/lib/i18n/admin-comments';

type Messages = AdminCommentsMessages['queue'];
type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** Refusals are told by their code in the queue's own words; everything else is already a sentence. */
export function stateMessage(
  state: FormState,
  t: { errors: Messages['errors']; forbidden: string },
): string | undefined {
  if (state.code === 'signed-out') return t.errors.signedOut;
  if (state.code === 'forbidden') return t.forbidden;
  return state.message;
}

/** The inline edit of one comment: name, website and text. Success redirects back to the list. */
export function CommentQueueEditForm({
  id,
  initial,
  back,
  initialState,
  action,
  t,
}: {
  id: number;
  initial: { name: string; website: string; body: string };
  back: string;
  /** Errors and typed values brought back after a post without JavaScript. */
  initialState?: FormState;
  action: FormAction;
  t: Pick<Messages, 'edit' | 'errors'> & { forbidden: string };
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, initialState ?? { status: 'idle' });
  const values = { ...initial, ...state.values };
  const errors = state.fieldErrors ?? {};
  const message = stateMessage(state, t);
  const base = `comment-${id}-edit`;
  return (
    <form action={formAction} noValidate className="mt-2 space-y-3">
      <input type="hidden" name="back" value={back} />
      <FormMessage tone="error">{message}</FormMessage>
      <Field id={`${base}-name`} label={t.edit.name} error={errors.name}>
        {(control) => (
          <input
            {...control}
            name="name"
            required
            defaultValue={values.name}
            dir="auto"
            autoComplete="off"
            className={compactInputClass}
          />
        )}
      </Field>
      <Field id={`${base}-website`} label={t.edit.website} hint={t.edit.websiteHint} error={errors.website}>
        {(control) => (
          <input
            {...control}
            name="website"
            type="url"
            defaultValue={values.website}
            dir="ltr"
            autoComplete="off"
            className={compactInputClass}
          />
        )}
      </Field>
      <Field id={`${base}-body`} label={t.edit.body} error={errors.body}>
        {(control) => (
          <textarea
            {...control}
            name="body"
            required
            rows={5}
            defaultValue={values.body}
            dir="auto"
            className={compactInputClass}
          />
        )}
      </Field>
      <SubmitButton pending={pending} size="sm">
        {t.edit.save}
      </SubmitButton>
    </form>
  );
}
