'use server';

import { withPermission } from '@/lib/auth/action';
import type { FormState } from '@/lib/form-state';
import { saveStaffNames } from '@/lib/staff-names-form';

/** Every staff member edits their own names; the id is the session's, never the form's. */
export async function updateOwnNamesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withPermission('admin.enter', (actor) => saveStaffNames(actor, actor.id, formData));
}
