'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { withPermission } from '@/lib/auth/action';
import { generatePassword, MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { roles } from '@/lib/auth/permissions';
import type { Staff } from '@/lib/auth/session';
import { formValues, type FormState } from '@/lib/form-state';
import { saveStaffNames } from '@/lib/staff-names-form';
import { locales } from '@/lib/i18n/config';
import { getStaffAuditTaxonomyMessages, type StaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';
import { createStaff, resetStaffPassword, setStaffDisabled, setStaffRole, StaffError } from '@/lib/staff';
import { fill } from '@/lib/i18n/format';

/** A form state that may carry a generated password, shown once to the admin who made it. */
export type StaffFormState = FormState & { password?: string };

const staffId = z.number().int().positive().max(2_147_483_647);
const optionalPassword = z
  .string()
  .max(200)
  .refine((p) => p === '' || p.length >= MIN_PASSWORD_LENGTH, { message: 'short' });

const createSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  name: z.string().trim().min(1).max(120),
  role: z.enum(roles),
  password: optionalPassword,
  preferredLocale: z.enum(locales),
});

function passwordError(t: StaffAuditTaxonomyMessages, password: string) {
  return password.length > 200 ? t.staff.errors.passwordLong : t.staff.errors.passwordShort;
}

function staffErrorState(t: StaffAuditTaxonomyMessages, error: unknown): StaffFormState {
  if (!(error instanceof StaffError)) throw error;
  if (error.code === 'last-admin') return { status: 'error', message: t.staff.errors.lastAdmin };
  if (error.code === 'not-found') return { status: 'error', message: t.common.notFound };
  return { status: 'invalid', fieldErrors: { email: t.staff.errors.emailTaken } };
}

const run = (body: (actor: Staff, t: StaffAuditTaxonomyMessages) => Promise<StaffFormState>) =>
  withPermission<StaffFormState>('staff.manage', (actor) =>
    body(actor, getStaffAuditTaxonomyMessages(actor.preferredLocale)),
  );

export async function createStaffAction(_prev: StaffFormState, formData: FormData): Promise<StaffFormState> {
  return run(async (actor, t) => {
    const { password = '', ...values } = formValues(formData);
    const parsed = createSchema.safeParse({ ...values, password });
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        if (fieldErrors[field]) continue;
        if (field === 'email') fieldErrors.email = t.staff.errors.emailInvalid;
        else if (field === 'name')
          fieldErrors.name = issue.code === 'too_big' ? t.common.fieldErrors.tooLong : t.staff.errors.nameRequired;
        else if (field === 'password') fieldErrors.password = passwordError(t, password);
        else fieldErrors[field] = t.common.fieldErrors.invalid;
      }
      return { status: 'invalid', fieldErrors, values };
    }
    const generated = parsed.data.password === '' ? generatePassword() : null;
    try {
      const created = await createStaff(getDb(), actor.id, {
        ...parsed.data,
        password: generated ?? parsed.data.password,
      });
      refresh();
      return {
        status: 'success',
        message: fill(t.staff.created, { email: created.email }),
        ...(generated ? { password: generated } : {}),
      };
    } catch (error) {
      return { ...staffErrorState(t, error), values };
    }
  });
}

export async function setStaffRoleAction(
  id: number,
  _prev: StaffFormState,
  formData: FormData,
): Promise<StaffFormState> {
  return run(async (actor, t) => {
    const parsed = z.object({ id: staffId, role: z.enum(roles) }).safeParse({ id, role: formData.get('role') });
    if (!parsed.success) return { status: 'invalid', fieldErrors: { role: t.common.fieldErrors.invalid } };
    try {
      await setStaffRole(getDb(), actor.id, parsed.data.id, parsed.data.role);
    } catch (error) {
      return staffErrorState(t, error);
    }
    refresh();
    return { status: 'success', message: t.staff.roleChanged };
  });
}

export async function setStaffDisabledAction(
  id: number,
  disabled: boolean,
  _prev: StaffFormState,
  _formData: FormData,
): Promise<StaffFormState> {
  return run(async (actor, t) => {
    const parsed = z.object({ id: staffId, disabled: z.boolean() }).safeParse({ id, disabled });
    if (!parsed.success) return { status: 'error', message: t.common.fieldErrors.invalid };
    // Locking yourself out is never what was meant; another admin can do it if needed.
    if (parsed.data.disabled && parsed.data.id === actor.id) return { status: 'error', message: t.staff.errors.self };
    try {
      await setStaffDisabled(getDb(), actor.id, parsed.data.id, parsed.data.disabled);
    } catch (error) {
      return staffErrorState(t, error);
    }
    refresh();
    return { status: 'success', message: parsed.data.disabled ? t.staff.disabledDone : t.staff.enabledDone };
  });
}

export async function resetStaffPasswordAction(
  id: number,
  _prev: StaffFormState,
  formData: FormData,
): Promise<StaffFormState> {
  return run(async (actor, t) => {
    const password = String(formData.get('password') ?? '');
    const parsed = z.object({ id: staffId, password: optionalPassword }).safeParse({ id, password });
    if (!parsed.success) {
      const badId = parsed.error.issues.some((i) => i.path[0] === 'id');
      return badId
        ? { status: 'error', message: t.common.notFound }
        : { status: 'invalid', fieldErrors: { password: passwordError(t, password) } };
    }
    const generated = parsed.data.password === '' ? generatePassword() : null;
    try {
      await resetStaffPassword(getDb(), actor.id, parsed.data.id, generated ?? parsed.data.password);
    } catch (error) {
      return staffErrorState(t, error);
    }
    refresh();
    return { status: 'success', message: t.staff.resetDone, ...(generated ? { password: generated } : {}) };
  });
}

/** An administrator edits a staff member's default name and their name per language. */
export async function updateStaffNamesAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return withPermission('staff.manage', async (actor) => {
    if (!staffId.safeParse(id).success)
      return { status: 'error', message: getStaffAuditTaxonomyMessages(actor.preferredLocale).common.notFound };
    return saveStaffNames(actor, id, formData);
  });
}
