import type { StaffScreensMessages } from './i18n/admin-staff';
import type { TaxonomyErrorCode, TaxonomyFieldErrors } from './taxonomy';

/** Turns taxonomy error codes into sentences in the staff member's language, by field. */
export function sectionErrorMessages(
  errors: TaxonomyFieldErrors,
  t: StaffScreensMessages,
  anyName: boolean,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, code] of Object.entries(errors)) {
    if (!code) continue;
    const isName = field.startsWith('name.');
    out[field] =
      code === 'taken'
        ? t.sections.errors.slugTaken
        : code === 'cannot-remove'
          ? t.sections.errors.cannotRemove
          : code === 'required' && isName
            ? anyName
              ? t.sections.errors.nameMissing
              : t.sections.errors.atLeastOne
            : code === 'invalid' && !isName && field.startsWith('slug.')
              ? t.sections.errors.slugInvalid
              : common(code, t);
  }
  return out;
}

export function tagErrorMessages(errors: TaxonomyFieldErrors, t: StaffScreensMessages): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, code] of Object.entries(errors)) {
    if (!code) continue;
    if (code === 'taken') out[field] = field === 'slug' ? t.tags.errors.slugTaken : t.tags.errors.nameTaken;
    else if (code === 'invalid' && (field === 'name' || field === 'slug')) out[field] = t.tags.errors.nameInvalid;
    else if (code === 'mixed-locales') out[field] = t.tags.errors.mixedLocales;
    else if (field === 'sourceIds') out[field] = t.tags.errors.noSources;
    else if (field === 'targetId')
      out[field] = code === 'invalid' ? t.tags.errors.targetInSources : t.tags.errors.targetRequired;
    else out[field] = common(code, t);
  }
  return out;
}

function common(code: TaxonomyErrorCode, t: StaffScreensMessages): string {
  if (code === 'required') return t.common.fieldErrors.required;
  if (code === 'too-long') return t.common.fieldErrors.tooLong;
  if (code === 'taken') return t.common.fieldErrors.taken;
  return t.common.fieldErrors.invalid;
}
