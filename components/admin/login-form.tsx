'use client';

import { useActionState } from 'react';
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
      <div>
        <label htmlFor="email" className="block font-semibold">
          {t.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.values?.email ?? ''}
          aria-invalid={Boolean(state.fieldErrors?.email)}
          aria-describedby={state.fieldErrors?.email ? 'email-error' : undefined}
          className="mt-1 w-full rounded border border-rule bg-card px-3 py-2"
        />
        {state.fieldErrors?.email && (
          <p id="email-error" className="mt-1 text-sm text-accent">
            {state.fieldErrors.email}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="password" className="block font-semibold">
          {t.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={Boolean(state.fieldErrors?.password)}
          aria-describedby={state.fieldErrors?.password ? 'password-error' : undefined}
          className="mt-1 w-full rounded border border-rule bg-card px-3 py-2"
        />
        {state.fieldErrors?.password && (
          <p id="password-error" className="mt-1 text-sm text-accent">
            {state.fieldErrors.password}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-accent px-4 py-2 font-semibold text-accent-ink disabled:opacity-60"
      >
        {pending ? t.pending : t.submit}
      </button>
    </form>
  );
}
