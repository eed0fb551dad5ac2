'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { idleState, type FormState } from '@/lib/form-state';
import type { LoginMessages } from '@/lib/i18n/admin-login';

export function LoginForm({
  action: signIn,
  t,
  from,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  t: LoginMessages;
  from: string;
}) {
  const [state, action, pending] = useActionState(signIn, idleState);
  const errorId = 'login-error';
  return (
    <form action={action} className="space-y-4" noValidate aria-describedby={state.message ? errorId : undefined}>
      <input type="hidden" name="from" value={from} />
      {state.message && (
        <p id={errorId} role="alert" className="rounded border border-accent p-3 text-sm text-accent">
          {state.message}
        </p>
      )}
      <Field id="email" label={t.email} error={state.fieldErrors?.email} size="md">
        {(p) => (
          <input
            {...p}
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={state.values?.email ?? ''}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="password" label={t.password} error={state.fieldErrors?.password} size="md">
        {(p) => (
          <input
            {...p}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className={inputClass}
          />
        )}
      </Field>
      <SubmitButton pending={pending} pendingLabel={t.pending} className="w-full">
        {t.submit}
      </SubmitButton>
    </form>
  );
}
