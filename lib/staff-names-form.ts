import 'server-only';
import { refresh } from 'next/cache';
import { getDb } from '@/db';
import type { Staff } from './auth/session';
import { expireTags } from './cache-invalidation';
import type { FormState } from './form-state';
import { fill, getStaffScreensMessages } from './i18n/admin-staff';
import { getProfileMessages } from './i18n/admin-profile';
import { locales } from './i18n/config';
import { displayNameField, MAX_DEFAULT_NAME, MAX_DISPLAY_NAME, staffNamesFromForm } from './staff-names-input';
import { updateStaffNames } from './staff-names';

/**
 * The one handler behind both names forms (your profile; a row of the staff screen), run by
 * their actions once the pipeline has authenticated: lib/staff-names.ts decides whether `actor`
 * may edit `staffId`. Readers see the new name on their next request.
 */
export async function saveStaffNames(
  actor: Staff,
  staffId: number,
  values: Record<string, string>,
): Promise<FormState> {
  const t = getProfileMessages(actor.preferredLocale);
  const result = await updateStaffNames(getDb(), actor, staffId, staffNamesFromForm(values));
  if (!result.ok) {
    if (result.reason !== 'invalid') {
      const common = getStaffScreensMessages(actor.preferredLocale).common;
      return result.reason === 'forbidden'
        ? { status: 'error', code: 'forbidden', message: common.forbidden, values }
        : { status: 'error', code: 'not-found', message: common.notFound, values };
    }
    const fieldErrors: Record<string, string> = {};
    for (const [field, code] of Object.entries(result.fieldErrors)) {
      const max = field === 'name' ? MAX_DEFAULT_NAME : MAX_DISPLAY_NAME;
      fieldErrors[field] =
        code === 'too-long'
          ? fill(t.errors.tooLong, { max })
          : code === 'required'
            ? t.errors.required
            : t.errors.invalid;
    }
    return { status: 'invalid', fieldErrors, values };
  }
  if (!result.changed) return { status: 'success', message: t.unchanged, values };
  expireTags(result.invalidate);
  refresh();
  const saved: Record<string, string> = { name: result.names.name };
  for (const locale of locales) saved[displayNameField(locale)] = result.names.names[locale] ?? '';
  return { status: 'success', message: t.saved, values: saved };
}
