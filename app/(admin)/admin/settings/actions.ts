'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { keepFormState, postedWithoutScript } from '@/lib/admin/form-flash';
import { getDb } from '@/db';
import { action } from '@/lib/actions/action';
import { expireTags } from '@/lib/cache-invalidation';
import { formValues, type FormState } from '@/lib/form-state';
import { fieldErrorsFromZod } from '@/lib/validation';
import { getAdminCommentsMessages, type AdminCommentsMessages } from '@/lib/i18n/admin-comments';
import type { FieldErrors as FieldCodes } from '@/lib/result';
import { getFeedMessages } from '@/lib/i18n/feeds';
import { commentSettingRanges, commentSettingsSchema, updateCommentSettings, updateFeedSettings } from '@/lib/settings';
import { fill } from '@/lib/i18n/format';

type Messages = AdminCommentsMessages['settings'];
type FieldErrors = Record<string, string>;

const MAX_LINES = 500;
const MAX_LINE_LENGTH = 200;
const numberFields = ['closeAfterDays', 'maxLinks', 'rateLimitCount', 'rateLimitMinutes', 'minFillSeconds'] as const;
type NumberField = (typeof numberFields)[number];
const settingsFields = [...numberFields, 'closeMode', 'blockedWords', 'blockedAddresses', 'autoApproveKnown'] as const;
type SettingsField = (typeof settingsFields)[number];

/** The allowed range of a number, from the same constants the schema uses. */
function range(field: NumberField): { min: number; max: number } {
  return commentSettingRanges[field];
}

const address = z.union([
  z.email(),
  z.string().regex(/^@(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]{2,}$/u),
  z.ipv4(),
  z.ipv6(),
]);

/** Checks the one-per-line lists with the line numbers the person sees (blank lines count). */
function listError(text: string, t: Messages, isAddress: boolean): string | undefined {
  const lines = text.split(/\r?\n/);
  if (lines.filter((l) => l.trim()).length > MAX_LINES) return fill(t.errors.tooManyLines, { max: MAX_LINES });
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    if (line.length > MAX_LINE_LENGTH) return fill(t.errors.lineTooLong, { line: index + 1, max: MAX_LINE_LENGTH });
    if (isAddress && !address.safeParse(line).success) return fill(t.errors.badAddress, { line: index + 1 });
  }
  return undefined;
}

/** The domain's field codes in words; a list entry's key carries its index (`blockedWords.3`). */
function describeErrors(errors: FieldCodes, t: Messages): FieldErrors {
  const out: FieldErrors = {};
  for (const key of Object.keys(errors)) {
    const [field = key, index] = key.split('.');
    if (out[field]) continue;
    if ((numberFields as readonly string[]).includes(field))
      out[field] = fill(t.errors.number, range(field as NumberField));
    else if (index !== undefined)
      out[field] = fill(t.errors.lineTooLong, { line: Number(index) + 1, max: MAX_LINE_LENGTH });
    else out[field] = fill(t.errors.tooManyLines, { max: MAX_LINES });
  }
  return out;
}

/** Without JavaScript React's state cannot come back to this page: post/redirect/get instead. */
async function answer(state: FormState): Promise<FormState> {
  if (!(await postedWithoutScript())) return state;
  const nonce = await keepFormState('settings', state);
  redirect(nonce ? `/admin/settings?flash=${nonce}` : '/admin/settings');
}

const text = z.string().default('');

export const updateCommentSettingsAction = action(
  {
    name: 'updateCommentSettings',
    access: 'settings.manage',
    // The shape only: the rules are checked below (with the lines as the person sees them) and by the domain.
    schema: z.object(
      Object.fromEntries(settingsFields.map((field) => [field, text])) as Record<SettingsField, typeof text>,
    ),
    input: (_prev: FormState, form: FormData) => formValues(form),
    refused: (state) => answer(state),
  },
  async (values, { actor, locale }): Promise<FormState> => {
    const t = getAdminCommentsMessages(locale).settings;
    const never = values.closeMode === 'never';
    const fieldErrors: FieldErrors = {};
    // "Close after" with no number would silently mean "never": ask for the number instead.
    if (!never && !values.closeAfterDays.trim())
      fieldErrors.closeAfterDays = fill(t.errors.number, range('closeAfterDays'));
    // The schema coerces an empty field to 0, which would silently save "no links" or "no delay".
    for (const field of numberFields) {
      if (field !== 'closeAfterDays' && !values[field].trim()) fieldErrors[field] = fill(t.errors.number, range(field));
    }
    const words = listError(values.blockedWords, t, false);
    if (words) fieldErrors.blockedWords = words;
    const addresses = listError(values.blockedAddresses, t, true);
    if (addresses) fieldErrors.blockedAddresses = addresses;
    const raw = {
      closeAfterDays: never ? '' : values.closeAfterDays.trim(),
      maxLinks: values.maxLinks,
      blockedWords: values.blockedWords,
      blockedAddresses: values.blockedAddresses,
      autoApproveKnown: values.autoApproveKnown === 'on',
      rateLimitCount: values.rateLimitCount,
      rateLimitMinutes: values.rateLimitMinutes,
      minFillSeconds: values.minFillSeconds,
    };
    const checked = commentSettingsSchema.safeParse(raw);
    if (!checked.success)
      Object.assign(fieldErrors, { ...describeErrors(fieldErrorsFromZod(checked.error), t), ...fieldErrors });
    if (Object.keys(fieldErrors).length > 0)
      return answer({ status: 'invalid', message: t.errors.fix, fieldErrors, values });
    const result = await updateCommentSettings(getDb(), actor, raw);
    if (!result.ok)
      return answer(
        result.reason === 'invalid'
          ? { status: 'invalid', message: t.errors.fix, fieldErrors: describeErrors(result.fieldErrors, t), values }
          : { status: 'error', code: 'forbidden', message: t.errors.forbidden, values },
      );
    expireTags(result.invalidate);
    const saved = result.settings;
    return answer({
      status: 'success',
      message: t.saved,
      values: {
        closeMode: saved.closeAfterDays === null ? 'never' : 'after',
        closeAfterDays: saved.closeAfterDays === null ? values.closeAfterDays : String(saved.closeAfterDays),
        maxLinks: String(saved.maxLinks),
        blockedWords: saved.blockedWords.join('\n'),
        blockedAddresses: saved.blockedAddresses.join('\n'),
        autoApproveKnown: saved.autoApproveKnown ? 'on' : '',
        rateLimitCount: String(saved.rateLimitCount),
        rateLimitMinutes: String(saved.rateLimitMinutes),
        minFillSeconds: String(saved.minFillSeconds),
      },
    });
  },
);

/** What the feeds carry (whole stories or standfirsts): admins only, like the comment rules. */
export const updateFeedSettingsAction = action(
  {
    name: 'updateFeedSettings',
    access: 'settings.manage',
    schema: z.object({ content: z.string().default('') }),
    input: (_prev: FormState, form: FormData) => formValues(form),
    refused: (state) => answerFeeds(state),
  },
  async (values, { actor, locale }): Promise<FormState> => {
    const t = getFeedMessages(locale).admin;
    const result = await updateFeedSettings(getDb(), actor, values);
    if (!result.ok)
      return answerFeeds(
        result.reason === 'invalid'
          ? { status: 'invalid', message: t.invalid, fieldErrors: { content: t.invalid }, values }
          : { status: 'error', code: 'forbidden', message: t.forbidden, values },
      );
    expireTags(result.invalidate);
    return answerFeeds({ status: 'success', message: t.saved, values: { content: result.settings.content } });
  },
);

async function answerFeeds(state: FormState): Promise<FormState> {
  if (!(await postedWithoutScript())) return state;
  const nonce = await keepFormState('feed-settings', state);
  redirect(nonce ? `/admin/settings?flash=${nonce}` : '/admin/settings');
}
