'use server';

import { refresh } from 'next/cache';
import { getDb } from '@/db';
import { withPermission } from '@/lib/auth/action';
import { expireTags } from '@/lib/cache-invalidation';
import { formValues, type FormState } from '@/lib/form-state';
import { getStaffAuditTaxonomyMessages, type StaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';
import { createTag, mergeTags, renameTag, type TaxonomyResult } from '@/lib/taxonomy';
import { tagErrorMessages } from '@/lib/taxonomy-errors';

function outcome(
  result: TaxonomyResult<unknown>,
  t: StaffAuditTaxonomyMessages,
  success: string,
  values?: Record<string, string>,
): FormState {
  if (!result.ok) {
    if (result.reason === 'invalid')
      return { status: 'invalid', fieldErrors: tagErrorMessages(result.fieldErrors, t), values };
    return { status: 'error', message: result.reason === 'forbidden' ? t.common.forbidden : t.common.notFound, values };
  }
  expireTags(result.invalidate);
  refresh();
  return { status: 'success', message: success };
}

export async function createTagAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withPermission('taxonomy.manage', async (actor) => {
    const t = getStaffAuditTaxonomyMessages(actor.preferredLocale);
    const values = formValues(formData);
    const result = await createTag(getDb(), actor, { locale: values.locale, name: values.name ?? '' });
    return outcome(result, t, t.tags.created, values);
  });
}

export async function renameTagAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return withPermission('taxonomy.manage', async (actor) => {
    const t = getStaffAuditTaxonomyMessages(actor.preferredLocale);
    const values = formValues(formData);
    const result = await renameTag(getDb(), actor, { id, name: values.name ?? '', slug: values.slug ?? '' });
    return outcome(result, t, t.tags.renamed, values);
  });
}

export async function mergeTagsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withPermission('taxonomy.manage', async (actor) => {
    const t = getStaffAuditTaxonomyMessages(actor.preferredLocale);
    const sourceIds = formData.getAll('sourceIds').map((v) => Number(v));
    const rawTarget = String(formData.get('targetId') ?? '');
    // Clearer messages for the two mistakes a person makes; the domain checks everything again.
    if (sourceIds.length === 0) return { status: 'invalid', fieldErrors: { sourceIds: t.tags.errors.noSources } };
    if (!rawTarget) return { status: 'invalid', fieldErrors: { targetId: t.tags.errors.targetRequired } };
    const result = await mergeTags(getDb(), actor, { sourceIds, targetId: Number(rawTarget) });
    return outcome(result, t, t.tags.merged);
  });
}
