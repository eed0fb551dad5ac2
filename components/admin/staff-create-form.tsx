'use client';

import { useActionState } from 'react';
import { createStaffAction, type StaffFormState } from '@/app/(admin)/admin/staff/actions';
import type { Role } from '@/lib/auth/permissions';
import { localeNames, locales } from '@/lib/i18n/config';
import type { StaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';
import { buttonClass, Field, FormMessage, inputClass } from './staff-field';
import { GeneratedPassword } from './staff-generated-password';

const initial: StaffFormState = { status: 'idle' };

export function StaffCreateForm({ t, roleNames }: { t: StaffAuditTaxonomyMessages; roleNames: Record<Role, string> }) {
  const [state, action, pending] = useActionState(createStaffAction, initial);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <section aria-labelledby="staff-create-title" className="rounded border border-rule bg-card p-4">
      <h2 id="staff-create-title" className="mb-3 text-lg font-bold">
        {t.staff.createTitle}
      </h2>
      {/* Keyed by what was typed: selects keep the submitted choice when the form comes back with errors. */}
      <form key={JSON.stringify(values)} action={action} noValidate className="grid gap-4 sm:grid-cols-2">
        <Field id="staff-email" label={t.staff.email} error={errors.email}>
          {(p) => (
            <input
              {...p}
              name="email"
              type="email"
              autoComplete="off"
              required
              defaultValue={values.email ?? ''}
              className={inputClass}
              dir="ltr"
            />
          )}
        </Field>
        <Field id="staff-name" label={t.staff.name} error={errors.name}>
          {(p) => (
            <input
              {...p}
              name="name"
              type="text"
              autoComplete="off"
              required
              defaultValue={values.name ?? ''}
              className={inputClass}
              dir="auto"
            />
          )}
        </Field>
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
            <select {...p} name="preferredLocale" defaultValue={values.preferredLocale ?? 'en'} className={inputClass}>
              {locales.map((l) => (
                <option key={l} value={l} lang={l}>
                  {localeNames[l]}
                </option>
              ))}
            </select>
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
          <FormMessage state={state} t={t} />
          {state.status === 'success' && state.password && (
            <GeneratedPassword label={t.staff.generatedPassword} password={state.password} />
          )}
          <div>
            <button type="submit" disabled={pending} className={buttonClass}>
              {pending ? t.common.working : t.staff.create}
            </button>
          </div>
        </div>
      </form>
    </section>
  );
}
