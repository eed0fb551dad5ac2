'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { compactInputClass, Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/form-state';
import type { AdminCommentsMessages } from '@/lib/i18n/admin-comments';
import { stateMessage } from './comment-queue-edit-form';

type Messages = AdminCommentsMessages['queue'];
type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** A staff reply, published at once; success redirects back to the list with the outcome. */
export function CommentQueueReplyForm({
  id,
  back,
  initialState,
  action,
  t,
  approvesPending = false,
}: {
  id: number;
  back: string;
  /** Errors and typed values brought back after a post without JavaScript. */
  initialState?: FormState;
  action: FormAction;
  t: Pick<Messages, 'reply' | 'errors'> & { forbidden: string };
  /** Replying to a pending comment approves it: say so before it happens. */
  approvesPending?: boolean;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, initialState ?? { status: 'idle' });
  const message = stateMessage(state, t);
  const base = `comment-${id}-reply`;
  return (
    <form action={formAction} noValidate data-keep-focus="" className="mt-2 space-y-3">
      <input type="hidden" name="back" value={back} />
      <FormMessage tone="error">{message}</FormMessage>
      <Field
        id={`${base}-body`}
        label={t.reply.label}
        hint={approvesPending ? `${t.reply.hint} ${t.reply.approvesPending}` : t.reply.hint}
        error={state.fieldErrors?.body}
      >
        {(control) => (
          <textarea
            {...control}
            name="body"
            required
            rows={4}
            defaultValue={state.values?.body ?? ''}
            dir="auto"
            className={compactInputClass}
          />
        )}
      </Field>
      <SubmitButton pending={pending} size="sm">
        {t.reply.submit}
      </SubmitButton>
    </form>
  );
}
