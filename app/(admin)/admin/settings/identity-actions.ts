'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { keepFormState, postedWithoutScript } from '@/lib/admin/form-flash';
import { action } from '@/lib/actions/action';
import { expireTags } from '@/lib/cache-invalidation';
import { formValues, type FormState } from '@/lib/form-state';
import { getAdminIdentityMessages, type AdminIdentityMessages } from '@/lib/i18n/admin-identity';
import { locales, type Locale } from '@/lib/i18n/config';
import { fill } from '@/lib/i18n/format';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import { identityFormValues } from '@/lib/identity/form-values';
import { identityImageFields } from '@/lib/identity/identity';
import { resolveIdentityImages } from '@/lib/identity/images';
import { nonBlankLines } from '@/lib/line-list';
import { identityLimits, identitySchema, updateIdentity } from '@/lib/identity/settings';
import { fieldErrorsFromZod } from '@/lib/validation';
import type { FieldErrors } from '@/lib/result';

const perLocale = (pick: (l: Locale) => string) =>
  Object.fromEntries(locales.map((l) => [l, pick(l)])) as Record<Locale, string>;

/** The domain's field codes in the person's words, next to the field they belong to. */
function describe(errors: FieldErrors, socialLines: number[], t: AdminIdentityMessages): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, code] of Object.entries(errors)) {
    const [field = key, index] = key.split('.');
    if (field === 'name' || field === 'tagline' || field === 'footer') {
      const max = identityLimits[field];
      out[key] = code === 'required' ? t.errors.nameRequired : fill(t.errors.tooLong, { max });
    } else if (field === 'contactEmail') out.contactEmail = t.errors.email;
    else if (field === 'social')
      out.social ??=
        index === undefined
          ? fill(t.errors.tooManyLinks, { max: identityLimits.social })
          : fill(t.errors.url, { line: socialLines[Number(index)] ?? Number(index) + 1 });
    else if (field === 'languageOrder') for (const l of locales) out[`position.${l}`] ??= t.errors.order;
  }
  return out;
}

/** Without JavaScript React's state cannot come back to the page: post/redirect/get. */
async function answer(state: FormState): Promise<FormState> {
  if (!(await postedWithoutScript())) return state;
  const nonce = await keepFormState('identity', state);
  redirect(nonce ? `/admin/settings?flash=${nonce}` : '/admin/settings');
}

/** Saves the publication's name, tagline, footer, contact, profiles and language order (admins only). */
export const updateIdentityAction = action(
  {
    name: 'updateIdentity',
    access: 'settings.manage',
    // The shape only: the rules are the domain's (lib/identity/settings.ts, images.ts).
    schema: z.object({
      values: z.record(z.string(), z.string().max(20_000)),
      files: z.record(z.string(), z.instanceof(File)),
    }),
    input: (_prev: FormState, form: FormData) => ({
      values: formValues(form),
      files: Object.fromEntries(
        identityImageFields.flatMap((f) => {
          const file = form.get(`${f}.file`);
          return file instanceof File && file.size > 0 ? [[f, file]] : [];
        }),
      ),
    }),
    refused: (state) => answer(state),
  },
  async ({ values, files }, { actor, locale }): Promise<FormState> => {
    const t = getAdminIdentityMessages(locale);
    const db = getDb();
    const names = perLocale((l) => values[`name.${l}`] ?? '');
    const { images, errors: imageErrors } = await resolveIdentityImages(
      db,
      actor,
      Object.fromEntries(
        identityImageFields.map((f) => [
          f,
          { file: files[f], keep: values[f], remove: values[`${f}.remove`] === 'on' },
        ]),
      ),
      // The images are described by the site's name (a logo is the name); the admin's language is required.
      Object.fromEntries(locales.map((l) => [l, names[l] || names[locale] || t.title])),
      locale,
    );
    // What was stored stays in the form if something else needs fixing: no upload to do twice.
    for (const f of identityImageFields) {
      values[f] = images[f] ? String(images[f].id) : '';
      values[`${f}.src`] = images[f]?.src ?? '';
      delete values[`${f}.remove`];
    }
    const uploadErrors = Object.fromEntries(
      Object.entries(imageErrors).map(([f, code]) => [f, getEditorMessages(locale).image.errors[code]]),
    );
    // The line number the person sees for each address (blank lines counted).
    const { values: social, lineNumbers: socialLines } = nonBlankLines(values.social ?? '');
    const positions = locales.map((l) => values[`position.${l}`] ?? '');
    const order = [...locales].sort((a, b) => Number(values[`position.${a}`]) - Number(values[`position.${b}`]));
    const raw = {
      name: names,
      tagline: perLocale((l) => values[`tagline.${l}`] ?? ''),
      footer: perLocale((l) => values[`footer.${l}`] ?? ''),
      contactEmail: (values.contactEmail ?? '').trim(),
      social,
      // Two languages at one position is no order: the domain refuses it next to the positions.
      languageOrder: new Set(positions).size === positions.length ? order : [],
      ...images,
    };
    // A refused upload saves nothing: the person fixes it with everything else still in the form.
    if (Object.keys(uploadErrors).length > 0) {
      const check = identitySchema.safeParse(raw);
      return answer({
        status: 'invalid',
        message: t.errors.fix,
        fieldErrors: {
          ...(check.success ? {} : describe(fieldErrorsFromZod(check.error), socialLines, t)),
          ...uploadErrors,
        },
        values,
      });
    }
    const result = await updateIdentity(db, actor, raw);
    if (!result.ok)
      return answer(
        result.reason === 'invalid'
          ? {
              status: 'invalid',
              message: t.errors.fix,
              fieldErrors: describe(result.fieldErrors, socialLines, t),
              values,
            }
          : { status: 'error', code: 'forbidden', message: t.forbidden, values },
      );
    expireTags(result.invalidate);
    return answer({ status: 'success', message: t.saved, values: identityFormValues(result.identity) });
  },
);
