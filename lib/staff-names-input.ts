// Pure (no database): parsed by the server actions and lib/staff-names.ts, imported by unit tests.
import { z } from 'zod';
import type { LocalizedText } from '@/db/schema';
import { locales, type Locale } from './i18n/config';
import type { FieldErrors } from './result';
import { fieldErrorsFromZod } from './validation';

import { displayNameField, MAX_DEFAULT_NAME, MAX_DISPLAY_NAME } from './staff-names-fields';

export { displayNameField, MAX_DEFAULT_NAME, MAX_DISPLAY_NAME };

/** Control characters and explicit bidi overrides would scramble the sentence around a byline. */
const noControls = (value: string) => !/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(value);

const displayName = z.string().trim().max(MAX_DISPLAY_NAME).refine(noControls, { message: 'invalid' });

export const staffNamesSchema = z.object({
  /** The default name: used by the newsroom, and by readers of a language without its own. */
  name: z.string().trim().min(1).max(MAX_DEFAULT_NAME).refine(noControls, { message: 'invalid' }),
  /** Empty means "use the default name" for that language. */
  names: z.object(Object.fromEntries(locales.map((l) => [l, displayName])) as Record<Locale, typeof displayName>),
});
export type StaffNamesInput = z.input<typeof staffNamesSchema>;
export type StaffNames = { name: string; names: LocalizedText };

export type StaffNamesErrorCode = 'required' | 'too-long' | 'invalid';

/** Reads the names form: `name` and one `name_<locale>` per language (missing ones are empty). */
export function staffNamesFromForm(values: Record<string, string>): StaffNamesInput {
  return {
    name: values.name ?? '',
    names: Object.fromEntries(locales.map((l) => [l, values[displayNameField(l)] ?? ''])) as Record<Locale, string>,
  };
}

/** Parses the names; errors are keyed by form field (`name`, `name_ar`…). */
export function parseStaffNames(
  input: StaffNamesInput,
): { ok: true; data: StaffNames } | { ok: false; fieldErrors: FieldErrors<string, StaffNamesErrorCode> } {
  const parsed = staffNamesSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFromZod(parsed.error, ([first, second]) =>
      first === 'names' ? displayNameField(second as Locale) : 'name',
    );
    return { ok: false, fieldErrors: fieldErrors as FieldErrors<string, StaffNamesErrorCode> };
  }
  const names: LocalizedText = {};
  for (const l of locales) if (parsed.data.names[l]) names[l] = parsed.data.names[l];
  return { ok: true, data: { name: parsed.data.name, names } };
}
