'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { keepFormState, postedWithoutScript } from '@/lib/admin/form-flash';
import { action } from '@/lib/actions/action';
import { expireTags } from '@/lib/cache-invalidation';
import { formValues, type FormState } from '@/lib/form-state';
import { getActionMessages } from '@/lib/i18n/action-messages';
import { getProfileMessages } from '@/lib/i18n/admin-profile';
import { locales } from '@/lib/i18n/config';
import { fill } from '@/lib/i18n/format';
import { nonBlankLines } from '@/lib/line-list';
import { saveStaffNames } from '@/lib/staff-names-form';
import { profileFormValues, profileLimits, updateStaffProfile } from '@/lib/staff-profile';

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

/** Without JavaScript React's state cannot come back to the page: post/redirect/get. */
async function answerProfile(state: FormState): Promise<FormState> {
  if (!(await postedWithoutScript())) return state;
  const nonce = await keepFormState('profile', state);
  redirect(nonce ? `/admin/profile?flash=${nonce}` : '/admin/profile');
}

/** Every staff member edits their own public profile (biography per language, profile links). */
export const updateOwnProfileAction = action(
  {
    name: 'updateOwnProfile',
    access: 'admin.enter',
    // The shape only: the rules are lib/staff-profile.ts's.
    schema: z.record(z.string(), z.string().max(20_000)),
    input: (_prev: FormState, form: FormData) => formValues(form),
    refused: (state) => answerProfile(state),
  },
  async (values, { actor, locale }): Promise<FormState> => {
    const t = getProfileMessages(locale).profile;
    // The line number the person sees for each address (blank lines counted).
    const { values: social, lineNumbers: lines } = nonBlankLines(values.social ?? '');
    const bio = Object.fromEntries(locales.map((l) => [l, values[`bio.${l}`] ?? '']));
    const result = await updateStaffProfile(getDb(), actor, actor.id, { bio, social });
    if (!result.ok) {
      if (result.reason !== 'invalid')
        return answerProfile({
          status: 'error',
          code: 'forbidden',
          message: getActionMessages(locale).forbidden,
          values,
        });
      const fieldErrors: Record<string, string> = {};
      for (const key of Object.keys(result.fieldErrors)) {
        const [field, index] = key.split('.');
        if (field === 'bio') fieldErrors[key] = fill(t.errors.bioTooLong, { max: profileLimits.bio });
        else if (field === 'social')
          fieldErrors.social ??=
            index === undefined
              ? fill(t.errors.tooManyLinks, { max: profileLimits.social })
              : fill(t.errors.url, { line: lines[Number(index)] ?? Number(index) + 1 });
      }
      return answerProfile({ status: 'invalid', message: t.errors.fix, fieldErrors, values });
    }
    expireTags(result.invalidate);
    return answerProfile({ status: 'success', message: t.saved, values: profileFormValues(result.profile) });
  },
);
