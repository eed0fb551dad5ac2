'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { action } from '@/lib/actions/action';
import { expireTags } from '@/lib/cache-invalidation';
import { formValues, type FormState } from '@/lib/form-state';
import { getStaffScreensMessages } from '@/lib/i18n/admin-staff';
import { locales, type Locale } from '@/lib/i18n/config';
import { createSection, updateSection } from '@/lib/sections';
import type { TaxonomyResult } from '@/lib/taxonomy';
import { sectionErrorMessages } from '@/lib/taxonomy-errors';
import { rowId } from '@/lib/validation';

/** The form sends `name.en`, `slug.en`, … and `position`; the domain takes them per locale. */
function sectionInput(values: Record<string, string>) {
  return {
    names: Object.fromEntries(locales.map((l) => [l, values[`name.${l}`] ?? ''])),
    slugs: Object.fromEntries(locales.map((l) => [l, values[`slug.${l}`] ?? ''])),
    position: values.position?.trim() ? values.position.trim() : undefined,
  };
}

function toState(
  result: TaxonomyResult<{ id: number }>,
  input: ReturnType<typeof sectionInput>,
  locale: Locale,
  values: Record<string, string>,
  success: 'created' | 'saved',
): FormState {
  const t = getStaffScreensMessages(locale);
  if (!result.ok) {
    if (result.reason === 'invalid') {
      const anyName = locales.some((l) => input.names[l]?.trim());
      return { status: 'invalid', fieldErrors: sectionErrorMessages(result.fieldErrors, t, anyName), values };
    }
    return result.reason === 'forbidden'
      ? { status: 'error', code: 'forbidden', message: t.common.forbidden, values }
      : { status: 'error', code: 'not-found', message: t.common.notFound, values };
  }
  expireTags(result.invalidate);
  refresh();
  return { status: 'success', message: success === 'created' ? t.sections.created : t.sections.saved };
}

// lib/sections.ts holds the one schema and answers codes per field (with the form's names);
// the actions only read the form's shape.
const fields = z.record(z.string(), z.string());

export const createSectionAction = action(
  {
    name: 'createSection',
    access: 'taxonomy.manage',
    schema: fields,
    input: (_prev: FormState, form: FormData) => formValues(form),
  },
  async (values, { actor, locale }) => {
    const input = sectionInput(values);
    return toState(await createSection(getDb(), actor, input), input, locale, values, 'created');
  },
);

export const updateSectionAction = action(
  {
    name: 'updateSection',
    access: 'taxonomy.manage',
    schema: z.object({ id: rowId, values: fields }),
    input: (id: number, _prev: FormState, form: FormData) => ({ id, values: formValues(form) }),
  },
  async ({ id, values }, { actor, locale }) => {
    const input = sectionInput(values);
    return toState(await updateSection(getDb(), actor, { ...input, id }), input, locale, values, 'saved');
  },
);
