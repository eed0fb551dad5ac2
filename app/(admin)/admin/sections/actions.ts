'use server';

import { refresh } from 'next/cache';
import { getDb } from '@/db';
import { withPermission } from '@/lib/auth/action';
import { expireTags } from '@/lib/cache-invalidation';
import { formValues, type FormState } from '@/lib/form-state';
import { getStaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';
import { locales } from '@/lib/i18n/config';
import { createSection, updateSection, type Actor, type TaxonomyResult } from '@/lib/taxonomy';
import { sectionErrorMessages } from '@/lib/taxonomy-errors';

/** The form sends `name.en`, `slug.en`, … and `position`; the domain takes them per locale. */
function sectionInput(values: Record<string, string>) {
  return {
    names: Object.fromEntries(locales.map((l) => [l, values[`name.${l}`] ?? ''])),
    slugs: Object.fromEntries(locales.map((l) => [l, values[`slug.${l}`] ?? ''])),
    position: values.position?.trim() ? values.position.trim() : undefined,
  };
}

async function saveSection(
  formData: FormData,
  save: (input: ReturnType<typeof sectionInput>, actor: Actor) => Promise<TaxonomyResult<{ id: number }>>,
  success: 'created' | 'saved',
): Promise<FormState> {
  return withPermission('taxonomy.manage', async (actor) => {
    const t = getStaffAuditTaxonomyMessages(actor.preferredLocale);
    const values = formValues(formData);
    const input = sectionInput(values);
    const result = await save(input, actor);
    if (!result.ok) {
      if (result.reason === 'invalid') {
        const anyName = locales.some((l) => input.names[l]?.trim());
        return { status: 'invalid', fieldErrors: sectionErrorMessages(result.fieldErrors, t, anyName), values };
      }
      return {
        status: 'error',
        message: result.reason === 'forbidden' ? t.common.forbidden : t.common.notFound,
        values,
      };
    }
    expireTags(result.invalidate);
    refresh();
    return { status: 'success', message: success === 'created' ? t.sections.created : t.sections.saved };
  });
}

export async function createSectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return saveSection(formData, (input, actor) => createSection(getDb(), actor, input), 'created');
}

export async function updateSectionAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return saveSection(formData, (input, actor) => updateSection(getDb(), actor, { ...input, id }), 'saved');
}
