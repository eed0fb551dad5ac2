'use client';

import { useActionState } from 'react';
import type { Role } from '@/lib/auth/permissions';
import { fill, type StaffScreensMessages } from '@/lib/i18n/admin-staff';
import { SubmitButton } from '@/components/ui/button';
import { Field, inlineInputClass } from '@/components/ui/field';
import { FormMessage, FormStateMessage } from '@/components/ui/form-message';
import type { StaffFormState } from '@/lib/staff-form-state';
import { GeneratedPassword } from './staff-generated-password';
import { staffCodes } from './staff-messages';

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
  t: StaffScreensMessages;
  roleNames: Record<Role, string>;
  actions: { setRole: FormAction; setDisabled: FormAction; resetPassword: FormAction };
}) {
  const [roleState, roleAction, rolePending] = useActionState(actions.setRole, initial);
  const [disableState, disableAction, disablePending] = useActionState(actions.setDisabled, initial);
  const [passwordState, passwordAction, passwordPending] = useActionState(actions.resetPassword, initial);
  const base = `staff-${member.id}`;
  const codes = staffCodes(t);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
        {/* Keyed by the role, so after a change the select starts from the new one. */}
        <form key={member.role} action={roleAction} className="flex items-center gap-1">
          <select
            name="role"
            defaultValue={member.role}
            aria-label={fill(t.staff.roleLabel, { name: member.name })}
            className={inlineInputClass}
          >
            {(Object.keys(roleNames) as Role[]).map((role) => (
              <option key={role} value={role}>
                {roleNames[role]}
              </option>
            ))}
          </select>
          <SubmitButton pending={rolePending} variant="secondary" size="sm">
            {t.staff.changeRole}
          </SubmitButton>
        </form>
        {!isSelf && (
          <form action={disableAction}>
            <SubmitButton pending={disablePending} variant="secondary" size="sm">
              {member.disabled ? t.staff.enable : t.staff.disable}
            </SubmitButton>
          </form>
        )}
        <form action={passwordAction} noValidate className="flex items-start gap-1">
          <Field
            id={`${base}-password`}
            label={fill(t.staff.newPasswordLabel, { name: member.name })}
            error={passwordState.fieldErrors?.password}
            srOnlyLabel
          >
            {(p) => (
              <input
                {...p}
                name="password"
                type="password"
                autoComplete="new-password"
                placeholder={t.staff.newPasswordPlaceholder}
                className={`${inlineInputClass} w-44`}
                dir="ltr"
              />
            )}
          </Field>
          <SubmitButton pending={passwordPending} variant="secondary" size="sm">
            {t.staff.resetPassword}
          </SubmitButton>
        </form>
      </div>
      <FormStateMessage state={roleState} codes={codes} />
      <FormMessage tone="error">{roleState.fieldErrors?.role && roleState.fieldErrors.role}</FormMessage>
      <FormStateMessage state={disableState} codes={codes} />
      <FormStateMessage state={passwordState} codes={codes} />
      {passwordState.status === 'success' && passwordState.password && (
        <GeneratedPassword label={t.staff.generatedPassword} password={passwordState.password} />
      )}
    </div>
  );
}
