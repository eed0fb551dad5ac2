'use server';

import { z } from 'zod';
import { action } from '@/lib/actions/action';
import { formValues, type FormState } from '@/lib/form-state';
import { saveStaffNames } from '@/lib/staff-names-form';

/** Every staff member edits their own names; the id is the session's, never the form's. */
export const updateOwnNamesAction = action(
  {
    name: 'updateOwnNames',
    access: 'admin.enter',
    // The names themselves are checked by lib/staff-names.ts, which answers codes per field.
    schema: z.record(z.string(), z.string()),
    input: (_prev: FormState, form: FormData) => formValues(form),
  },
  async (names, { actor }) => saveStaffNames(actor, actor.id, names),
);
