'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { action, describeFieldErrors } from '@/lib/actions/action';
import { expireTags } from '@/lib/cache-invalidation';
import { formValues, type FormState } from '@/lib/form-state';
import { getStaffScreensMessages } from '@/lib/i18n/admin-staff';
import type { Locale } from '@/lib/i18n/config';
import { createTag, mergeTags, renameTag } from '@/lib/tags';
import type { TaxonomyResult } from '@/lib/taxonomy';
import { tagErrorMessages } from '@/lib/taxonomy-errors';
import { rowId, rowIdParam } from '@/lib/validation';

const describe = (field: string, code: string, locale: Locale) =>
  tagErrorMessages({ [field]: code } as Parameters<typeof tagErrorMessages>[0], getStaffScreensMessages(locale))[field];

function toState(result: TaxonomyResult<unknown>, locale: Locale, success: string, values?: Record<string, string>) {
  const t = getStaffScreensMessages(locale);
  if (!result.ok) {
    if (result.reason === 'invalid')
      return {
        status: 'invalid',
        fieldErrors: describeFieldErrors(result.fieldErrors, locale, describe),
        values,
      } as const;
    return result.reason === 'forbidden'
      ? ({ status: 'error', code: 'forbidden', message: t.common.forbidden, values } as const)
      : ({ status: 'error', code: 'not-found', message: t.common.notFound, values } as const);
  }
  expireTags(result.invalidate);
  refresh();
  return { status: 'success', message: success } as const;
}

const text = z.string().default('');

export const createTagAction = action(
  {
    name: 'createTag',
    access: 'taxonomy.manage',
    schema: z.object({ locale: text, name: text }),
    input: (_prev: FormState, form: FormData) => formValues(form),
    describe,
  },
  async (input, { actor, locale, values }): Promise<FormState> =>
    toState(await createTag(getDb(), actor, input), locale, getStaffScreensMessages(locale).tags.created, values),
);

export const renameTagAction = action(
  {
    name: 'renameTag',
    access: 'taxonomy.manage',
    schema: z.object({ id: rowId, name: text, slug: text }),
    input: (id: number, _prev: FormState, form: FormData) => ({ ...formValues(form), id }),
    describe,
  },
  async (input, { actor, locale, values }): Promise<FormState> =>
    toState(await renameTag(getDb(), actor, input), locale, getStaffScreensMessages(locale).tags.renamed, values),
);

export const mergeTagsAction = action(
  {
    name: 'mergeTags',
    access: 'taxonomy.manage',
    // Clearer messages for the two mistakes a person makes; the domain checks everything again.
    schema: z.object({ sourceIds: z.array(rowIdParam).min(1), targetId: rowIdParam }),
    input: (_prev: FormState, form: FormData) => ({
      sourceIds: form.getAll('sourceIds'),
      targetId: form.get('targetId') ?? '',
    }),
    describe,
  },
  async (input, { actor, locale }): Promise<FormState> =>
    toState(await mergeTags(getDb(), actor, input), locale, getStaffScreensMessages(locale).tags.merged),
);
