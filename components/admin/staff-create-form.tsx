'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormStateMessage } from '@/components/ui/form-message';
import type { Role } from '@/lib/auth/permissions';
import type { StaffScreensMessages } from '@/lib/i18n/admin-staff';
import type { StaffFormState } from '@/lib/staff-form-state';
import { LocaleSelect } from './locale-select';
import { GeneratedPassword } from './staff-generated-password';
import { staffCodes } from './staff-messages';

const initial: StaffFormState = { status: 'idle' };

export function StaffCreateForm({
  t,
  roleNames,
  createAction,
}: {
  t: StaffScreensMessages;
  roleNames: Record<Role, string>;
  createAction: (state: StaffFormState, formData: FormData) => Promise<StaffFormState>;
}) {
  const [state, action, pending] = useActionState(createAction, initial);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const text = (name: 'email' | 'name', label: string, dir: 'ltr' | 'auto') => (
    <Field id={`staff-${name}`} label={label} error={errors[name]}>
      {(p) => (
        <input
          {...p}
          name={name}
          type={name === 'email' ? 'email' : 'text'}
          autoComplete="off"
          required
          defaultValue={values[name] ?? ''}
          className={inputClass}
          dir={dir}
        />
      )}
    </Field>
  );
  return (
    <section aria-labelledby="staff-create-title" className="rounded border border-rule bg-card p-4">
      <h2 id="staff-create-title" className="mb-3 text-lg font-bold">
        {t.staff.createTitle}
      </h2>
      {/* Keyed by what was typed: selects keep the submitted choice when the form comes back with errors. */}
      <form key={JSON.stringify(values)} action={action} noValidate className="grid gap-4 sm:grid-cols-2">
        {text('email', t.staff.email, 'ltr')}
        {text('name', t.staff.name, 'auto')}
        <Field id="staff-role" label={t.staff.role} error={errors.role}>
          {(p) => (
            <select {...p} name="role" defaultValue={values.role ?? 'author'} className={inputClass}>
              {(Object.keys(roleNames) as Role[]).map((role) => (
                <option key={role} value={role}>
                  {roleNames[role]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="staff-locale" label={t.staff.language} error={errors.preferredLocale}>
          {(p) => (
            <LocaleSelect
              {...p}
              name="preferredLocale"
              defaultValue={values.preferredLocale ?? 'en'}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="staff-password" label={t.staff.password} hint={t.staff.passwordHint} error={errors.password}>
          {(p) => (
            <input
              {...p}
              name="password"
              type="password"
              autoComplete="new-password"
              minLength={12}
              className={inputClass}
              dir="ltr"
            />
          )}
        </Field>
        <div className="flex flex-col justify-end gap-2 sm:col-span-2">
          <FormStateMessage state={state} codes={staffCodes(t)} />
          {state.status === 'success' && state.password && (
            <GeneratedPassword label={t.staff.generatedPassword} password={state.password} />
          )}
          <div>
            <SubmitButton pending={pending} pendingLabel={t.common.working}>
              {t.staff.create}
            </SubmitButton>
          </div>
        </div>
      </form>
    </section>
  );
}
