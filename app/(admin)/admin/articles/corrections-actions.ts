'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { keepFormState, postedWithoutScript } from '@/lib/admin/form-flash';
import { action } from '@/lib/actions/action';
import { expireTags } from '@/lib/cache-invalidation';
import { addCorrection, CORRECTION_MAX_LENGTH } from '@/lib/corrections';
import type { FormState } from '@/lib/form-state';
import { getAdminCorrectionsMessages } from '@/lib/i18n/admin-corrections';
import { fill } from '@/lib/i18n/format';
import { rowId } from '@/lib/validation';

/** Without JavaScript React's state cannot come back to the page: post/redirect/get. */
async function answer(articleId: number, state: FormState): Promise<FormState> {
  if (!(await postedWithoutScript())) return state;
  const nonce = await keepFormState('correction', state);
  redirect(`/admin/articles/${articleId}${nonce ? `?flash=${nonce}` : ''}#corrections-title`);
}

/** Publishes a correction note on a live story (editors and admins; lib/corrections). */
export const addCorrectionAction = action(
  {
    name: 'addCorrection',
    access: 'article.publish',
    // The shape only: the note's rules are the domain's.
    schema: z.object({ articleId: rowId, body: z.string().max(20_000) }),
    input: (articleId: number, _prev: FormState, form: FormData) => ({
      articleId,
      body: String(form.get('body') ?? ''),
    }),
    refused: (state, articleId: number) => answer(articleId, state),
  },
  async ({ articleId, body }, { actor, locale, values }): Promise<FormState> => {
    const t = getAdminCorrectionsMessages(locale);
    const result = await addCorrection(getDb(), actor, articleId, { body });
    if (!result.ok) {
      if (result.reason === 'invalid') {
        const code = result.fieldErrors.body;
        const error = code === 'too-long' ? fill(t.errors.tooLong, { max: CORRECTION_MAX_LENGTH }) : t.errors.required;
        return answer(articleId, { status: 'invalid', fieldErrors: { body: error }, values });
      }
      const message =
        result.reason === 'forbidden'
          ? t.errors.forbidden
          : result.reason === 'not-live'
            ? t.errors.notLive
            : t.errors.notFound;
      return answer(articleId, {
        status: 'error',
        code: result.reason === 'not-live' ? undefined : result.reason,
        message,
        values,
      });
    }
    expireTags(result.invalidate);
    return answer(articleId, { status: 'success', message: t.added, values: {} });
  },
);
