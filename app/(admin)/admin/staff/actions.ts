'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { action, describeFieldErrors } from '@/lib/actions/action';
import { generatePassword } from '@/lib/auth/password';
import { formValues, type FormState } from '@/lib/form-state';
import { fill, getStaffScreensMessages } from '@/lib/i18n/admin-staff';
import type { Locale } from '@/lib/i18n/config';
import type { Refused } from '@/lib/result';
import {
  createStaff,
  resetStaffPassword,
  setStaffDisabled,
  setStaffRole,
  staffInputSchema,
  type StaffRefusal,
} from '@/lib/staff';
import type { StaffFormState } from '@/lib/staff-form-state';
import { saveStaffNames } from '@/lib/staff-names-form';
import { rowId } from '@/lib/validation';

/** A field's code (the pipeline's or lib/staff.ts's) in the admin's language. */
function describe(field: string, code: string, locale: Locale): string {
  const t = getStaffScreensMessages(locale);
  if (field === 'email') return code === 'taken' ? t.staff.errors.emailTaken : t.staff.errors.emailInvalid;
  if (field === 'name') return code === 'too-long' ? t.common.fieldErrors.tooLong : t.staff.errors.nameRequired;
  if (field === 'password') return code === 'too-long' ? t.staff.errors.passwordLong : t.staff.errors.passwordShort;
  return t.common.fieldErrors.invalid;
}

/** A refusal from lib/staff.ts as the form shows it; `values` (never the password) refill the form. */
function refusedState(result: Refused<StaffRefusal>, locale: Locale, values?: Record<string, string>): StaffFormState {
  const t = getStaffScreensMessages(locale);
  switch (result.reason) {
    case 'invalid':
      return { status: 'invalid', fieldErrors: describeFieldErrors(result.fieldErrors, locale, describe), values };
    case 'forbidden':
      return { status: 'error', code: 'forbidden', message: t.common.forbidden, values };
    case 'not-found':
      return { status: 'error', code: 'not-found', message: t.common.notFound, values };
    case 'last-admin':
      return { status: 'error', code: 'conflict', message: t.staff.errors.lastAdmin, values };
  }
}

// The domain (lib/staff.ts) holds the one schema of an account and answers codes per field;
// the actions only read the form's shape. An empty password means "generate one".
const text = z.string().default('');

export const createStaffAction = action(
  {
    name: 'createStaff',
    access: 'staff.manage',
    schema: z.object({ email: text, name: text, role: text, preferredLocale: text, password: text }),
    input: (_prev: StaffFormState, form: FormData) => formValues(form),
    describe,
  },
  async ({ password, ...fields }, { actor, locale }): Promise<StaffFormState> => {
    const generated = password === '' ? generatePassword() : null;
    const result = await createStaff(getDb(), actor, { ...fields, password: generated ?? password });
    if (!result.ok) return refusedState(result, locale, fields);
    refresh();
    return {
      status: 'success',
      message: fill(getStaffScreensMessages(locale).staff.created, { email: result.staff.email }),
      ...(generated ? { password: generated } : {}),
    };
  },
);

export const setStaffRoleAction = action(
  {
    name: 'setStaffRole',
    access: 'staff.manage',
    schema: z.object({ id: rowId, role: staffInputSchema.shape.role }),
    input: (id: number, _prev: StaffFormState, form: FormData) => ({ id, role: form.get('role') }),
    describe,
  },
  async ({ id, role }, { actor, locale }): Promise<StaffFormState> => {
    const result = await setStaffRole(getDb(), actor, id, role);
    if (!result.ok) return refusedState(result, locale);
    refresh();
    return { status: 'success', message: getStaffScreensMessages(locale).staff.roleChanged };
  },
);

export const setStaffDisabledAction = action(
  {
    name: 'setStaffDisabled',
    access: 'staff.manage',
    schema: z.object({ id: rowId, disabled: z.boolean() }),
    input: (id: number, disabled: boolean, _prev: StaffFormState, _form: FormData) => ({ id, disabled }),
    describe,
  },
  async ({ id, disabled }, { actor, locale }): Promise<StaffFormState> => {
    const t = getStaffScreensMessages(locale);
    // Locking yourself out is never what was meant; another admin can do it if needed.
    if (disabled && id === actor.id) return { status: 'error', code: 'forbidden', message: t.staff.errors.self };
    const result = await setStaffDisabled(getDb(), actor, id, disabled);
    if (!result.ok) return refusedState(result, locale);
    refresh();
    return { status: 'success', message: disabled ? t.staff.disabledDone : t.staff.enabledDone };
  },
);

export const resetStaffPasswordAction = action(
  {
    name: 'resetStaffPassword',
    access: 'staff.manage',
    schema: z.object({ id: rowId, password: text }),
    input: (id: number, _prev: StaffFormState, form: FormData) => ({ id, password: form.get('password') ?? '' }),
    describe,
  },
  async ({ id, password }, { actor, locale }): Promise<StaffFormState> => {
    const generated = password === '' ? generatePassword() : null;
    const result = await resetStaffPassword(getDb(), actor, id, generated ?? password);
    if (!result.ok) return refusedState(result, locale);
    refresh();
    return {
      status: 'success',
      message: getStaffScreensMessages(locale).staff.resetDone,
      ...(generated ? { password: generated } : {}),
    };
  },
);

/** An administrator edits a staff member's default name and their name per language. */
export const updateStaffNamesAction = action(
  {
    name: 'updateStaffNames',
    access: 'staff.manage',
    // The names themselves are checked by lib/staff-names.ts, which answers codes per field.
    schema: z.object({ id: rowId, names: z.record(z.string(), z.string()) }),
    input: (id: number, _prev: FormState, form: FormData) => ({ id, names: formValues(form) }),
  },
  async ({ id, names }, { actor }) => saveStaffNames(actor, id, names),
);
