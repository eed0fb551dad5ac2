'use client';

import { useActionState } from 'react';
import type { StaffFormState } from '@/app/(admin)/admin/staff/actions';
import type { Role } from '@/lib/auth/permissions';
import { type StaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';
import { FormMessage, messageText, smallButtonClass, smallInputClass } from './staff-field';
import { GeneratedPassword } from './staff-generated-password';
import { fill } from '@/lib/i18n/format';

type FormAction = (state: StaffFormState, formData: FormData) => Promise<StaffFormState>;
const initial: StaffFormState = { status: 'idle' };

/** The role, disable/enable and password forms of one staff row; each action is bound to the row's id. */
export function StaffRowActions({
  member,
  isSelf,
  t,
  roleNames,
  actions,
}: {
  member: { id: number; name: string; role: Role; disabled: boolean };
  isSelf: boolean;
  t: StaffAuditTaxonomyMessages;
  roleNames: Record<Role, string>;
  actions: { setRole: FormAction; setDisabled: FormAction; resetPassword: FormAction };
}) {
  const [roleState, roleAction, rolePending] = useActionState(actions.setRole, initial);
  const [disableState, disableAction, disablePending] = useActionState(actions.setDisabled, initial);
  const [passwordState, passwordAction, passwordPending] = useActionState(actions.resetPassword, initial);
  const base = `staff-${member.id}`;
  const passwordError = passwordState.fieldErrors?.password;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
        {/* Keyed by the role, so after a change the select starts from the new one. */}
        <form key={member.role} action={roleAction} className="flex items-center gap-1">
          <select
            name="role"
            defaultValue={member.role}
            aria-label={fill(t.staff.roleLabel, { name: member.name })}
            className={smallInputClass}
          >
            {(Object.keys(roleNames) as Role[]).map((role) => (
              <option key={role} value={role}>
                {roleNames[role]}
              </option>
            ))}
          </select>
          <button type="submit" disabled={rolePending} className={smallButtonClass}>
            {t.staff.changeRole}
          </button>
        </form>
        {!isSelf && (
          <form action={disableAction}>
            <button type="submit" disabled={disablePending} className={smallButtonClass}>
              {member.disabled ? t.staff.enable : t.staff.disable}
            </button>
          </form>
        )}
        <form action={passwordAction} noValidate className="flex items-start gap-1">
          <div>
            <label htmlFor={`${base}-password`} className="sr-only">
              {fill(t.staff.newPasswordLabel, { name: member.name })}
            </label>
            <input
              id={`${base}-password`}
              name="password"
              type="password"
              autoComplete="new-password"
              placeholder={t.staff.newPasswordPlaceholder}
              aria-invalid={Boolean(passwordError)}
              aria-describedby={passwordError ? `${base}-password-error` : undefined}
              className={`${smallInputClass} w-44`}
              dir="ltr"
            />
            {passwordError && (
              <p id={`${base}-password-error`} className="mt-1 text-sm font-semibold text-accent">
                {passwordError}
              </p>
            )}
          </div>
          <button type="submit" disabled={passwordPending} className={smallButtonClass}>
            {t.staff.resetPassword}
          </button>
        </form>
      </div>
      <FormMessage state={roleState} t={t} />
      {roleState.fieldErrors?.role && (
        <p role="alert" className="text-sm font-semibold text-accent">
          {messageText(roleState.fieldErrors.role, t)}
        </p>
      )}
      <FormMessage state={disableState} t={t} />
      <FormMessage state={passwordState} t={t} />
      {passwordState.status === 'success' && passwordState.password && (
        <GeneratedPassword label={t.staff.generatedPassword} password={passwordState.password} />
      )}
    </div>
  );
}
