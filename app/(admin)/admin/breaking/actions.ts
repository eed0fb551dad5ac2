'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { keepFormState, postedWithoutScript } from '@/lib/admin/form-flash';
import { action } from '@/lib/actions/action';
import { addBreaking, BREAKING_MAX_HOURS, BREAKING_TEXT_MAX, endBreaking, type BreakingCode } from '@/lib/breaking';
import { expireTags } from '@/lib/cache-invalidation';
import type { FormState } from '@/lib/form-state';
import { getAdminBreakingMessages, type AdminBreakingMessages } from '@/lib/i18n/admin-breaking';
import { fill, siteTimeZone } from '@/lib/i18n/format';
import { parseSiteTime } from '@/lib/site-time';
import { rowId } from '@/lib/validation';

/** Without JavaScript React's state cannot come back to the page: post/redirect/get. */
async function answer(state: FormState): Promise<FormState> {
  if (!(await postedWithoutScript())) return state;
  const nonce = await keepFormState('breaking', state);
  redirect(nonce ? `/admin/breaking?flash=${nonce}` : '/admin/breaking');
}

function describe(field: string, code: BreakingCode, t: AdminBreakingMessages): string {
  const e = t.errors;
  switch (field) {
    case 'link':
      return code === 'required' ? e.linkRequired : code === 'not-live' ? e.notLive : e.linkInvalid;
    case 'text':
      return code === 'required' ? e.textRequired : fill(e.textTooLong, { max: BREAKING_TEXT_MAX });
    case 'locale':
      return e.languageRequired;
    default:
      return code === 'past'
        ? e.untilPast
        : code === 'too-far'
          ? fill(e.untilTooFar, { hours: BREAKING_MAX_HOURS })
          : e.untilInvalid;
  }
}

/** Puts up a banner (editors and admins; lib/breaking). The time is read in SITE_TIME_ZONE. */
export const addBreakingAction = action(
  {
    name: 'addBreaking',
    access: 'article.publish',
    // The shape only: the rules are the domain's.
    schema: z.object({
      link: z.string().max(4000),
      text: z.string().max(4000),
      locale: z.string().max(10),
      until: z.string().max(40),
    }),
    input: (_prev: FormState, form: FormData) => ({
      link: String(form.get('link') ?? ''),
      text: String(form.get('text') ?? ''),
      locale: String(form.get('locale') ?? ''),
      until: String(form.get('until') ?? ''),
    }),
    refused: (state) => answer(state),
  },
  async (input, { actor, locale, values }): Promise<FormState> => {
    const t = getAdminBreakingMessages(locale);
    const expiresAt = parseSiteTime(input.until, siteTimeZone());
    const result = await addBreaking(getDb(), actor, {
      link: input.link,
      text: input.text,
      locale: input.locale,
      // An unreadable time is refused by the domain's schema, next to the field.
      expiresAt: expiresAt ?? 'invalid',
    });
    if (!result.ok) {
      if (result.reason === 'forbidden')
        return answer({ status: 'error', code: 'forbidden', message: t.errors.forbidden, values });
      const fieldErrors: Record<string, string> = {};
      for (const [field, code] of Object.entries(result.fieldErrors))
        if (code) fieldErrors[field === 'expiresAt' ? 'until' : field] = describe(field, code, t);
      return answer({ status: 'invalid', message: t.errors.fix, fieldErrors, values });
    }
    expireTags(result.invalidate);
    return answer({ status: 'success', message: t.added, values: {} });
  },
);

/**
 * Takes a banner down now. A plain form (the list re-renders with it ended); without JavaScript
 * the page comes back with the outcome.
 */
export const endBreakingAction = action(
  {
    name: 'endBreaking',
    access: 'article.publish',
    schema: z.object({ id: rowId }),
    input: (id: number) => ({ id }),
    refused: async (state): Promise<void> => {
      await answer(state);
    },
  },
  async ({ id }, { actor, locale }): Promise<void> => {
    const t = getAdminBreakingMessages(locale);
    const result = await endBreaking(getDb(), actor, id);
    if (result.ok) expireTags(result.invalidate);
    await answer(
      result.ok
        ? { status: 'success', message: t.endedNotice }
        : {
            status: 'error',
            code: result.reason === 'forbidden' ? 'forbidden' : 'not-found',
            message: result.reason === 'forbidden' ? t.errors.forbidden : t.errors.notFound,
          },
    );
  },
);
