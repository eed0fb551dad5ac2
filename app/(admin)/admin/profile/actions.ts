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
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import { resolveImageChoice } from '@/lib/media/ref';
import {
  profileFormValues,
  profileLimits,
  profileSchema,
  staffPhotoAlt,
  updateStaffProfile,
} from '@/lib/staff-profile';
import { fieldErrorsFromZod } from '@/lib/validation';

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

/** Every staff member edits their own public profile (biography per language, profile links, photo). */
export const updateOwnProfileAction = action(
  {
    name: 'updateOwnProfile',
    access: 'admin.enter',
    // The shape only: the rules are lib/staff-profile.ts's and lib/media/ref.ts's.
    schema: z.object({
      values: z.record(z.string(), z.string().max(20_000)),
      photo: z.instanceof(File).optional(),
    }),
    input: (_prev: FormState, form: FormData) => {
      const file = form.get('photo.file');
      return { values: formValues(form), photo: file instanceof File && file.size > 0 ? file : undefined };
    },
    refused: (state) => answerProfile(state),
  },
  async ({ values, photo: file }, { actor, locale }): Promise<FormState> => {
    const t = getProfileMessages(locale).profile;
    const db = getDb();
    // The line number the person sees for each address (blank lines counted).
    const { values: social, lineNumbers: lines } = nonBlankLines(values.social ?? '');
    const bio = Object.fromEntries(locales.map((l) => [l, values[`bio.${l}`] ?? '']));
    const { image: photo, error: photoError } = await resolveImageChoice(
      db,
      actor,
      { file, keep: values.photo, remove: values['photo.remove'] === 'on' },
      await staffPhotoAlt(db, actor.id),
      locale,
    );
    // What was stored stays in the form if something else needs fixing: no upload to do twice.
    values.photo = photo ? String(photo.id) : '';
    values['photo.src'] = photo?.src ?? '';
    delete values['photo.remove'];
    const describe = (errors: Record<string, unknown>) => {
      const fieldErrors: Record<string, string> = {};
      for (const key of Object.keys(errors)) {
        const [field, index] = key.split('.');
        if (field === 'bio') fieldErrors[key] = fill(t.errors.bioTooLong, { max: profileLimits.bio });
        else if (field === 'social')
          fieldErrors.social ??=
            index === undefined
              ? fill(t.errors.tooManyLinks, { max: profileLimits.social })
              : fill(t.errors.url, { line: lines[Number(index)] ?? Number(index) + 1 });
      }
      return fieldErrors;
    };
    const raw = { bio, social, photo };
    // A refused photo saves nothing: the person fixes it with everything else still in the form.
    if (photoError) {
      const check = profileSchema.safeParse(raw);
      return answerProfile({
        status: 'invalid',
        message: t.errors.fix,
        fieldErrors: {
          ...(check.success ? {} : describe(fieldErrorsFromZod(check.error))),
          photo: getEditorMessages(locale).image.errors[photoError],
        },
        values,
      });
    }
    const result = await updateStaffProfile(db, actor, actor.id, raw);
    if (!result.ok) {
      if (result.reason !== 'invalid')
        return answerProfile({
          status: 'error',
          code: 'forbidden',
          message: getActionMessages(locale).forbidden,
          values,
        });
      return answerProfile({
        status: 'invalid',
        message: t.errors.fix,
        fieldErrors: describe(result.fieldErrors),
        values,
      });
    }
    expireTags(result.invalidate);
    return answerProfile({ status: 'success', message: t.saved, values: profileFormValues(result.profile) });
  },
);
