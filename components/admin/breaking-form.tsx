'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormStateMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/form-state';
import type { AdminBreakingMessages } from '@/lib/i18n/admin-breaking';
import { localeNames, locales } from '@/lib/i18n/config';
import { fill } from '@/lib/i18n/format';

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * Puts up a breaking-news banner: a link (one of our stories, or any https address), its words,
 * its language and its end, in the site's time zone. Works without JavaScript; what was typed
 * stays on a refusal.
 */
export function BreakingForm({
  action,
  initialState,
  defaultUntil,
  timeZone,
  t,
}: {
  action: FormAction;
  initialState?: FormState;
  /** A `datetime-local` value two hours from now, in the site's zone. */
  defaultUntil: string;
  timeZone: string;
  t: AdminBreakingMessages;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, initialState ?? { status: 'idle' });
  const kept = state.status === 'success' ? {} : (state.values ?? {});
  const error = (key: string) => state.fieldErrors?.[key];
  return (
    <form
      action={formAction}
      noValidate
      aria-labelledby="breaking-form-title"
      className="space-y-4 rounded border border-rule bg-card p-5"
      key={JSON.stringify(state)}
    >
      <h2 id="breaking-form-title" className="text-lg font-bold">
        {t.formTitle}
      </h2>
      <FormStateMessage state={state} codes={{ forbidden: t.errors.forbidden, 'signed-out': t.errors.forbidden }} />
      <Field id="breaking-link" label={t.link} hint={t.linkHint} error={error('link')}>
        {(p) => (
          <input
            {...p}
            name="link"
            type="text"
            inputMode="url"
            dir="ltr"
            required
            defaultValue={kept.link ?? ''}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="breaking-text" label={t.text} hint={t.textHint} error={error('text')}>
        {(p) => (
          <input {...p} name="text" type="text" dir="auto" defaultValue={kept.text ?? ''} className={inputClass} />
        )}
      </Field>
      <Field id="breaking-locale" label={t.language} hint={t.languageHint} error={error('locale')}>
        {(p) => (
          <select {...p} name="locale" defaultValue={kept.locale ?? ''} className={inputClass}>
            <option value="">{t.fromStory}</option>
            {locales.map((l) => (
              <option key={l} value={l}>
                {localeNames[l]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="breaking-until" label={t.until} hint={fill(t.untilHint, { zone: timeZone })} error={error('until')}>
        {(p) => (
          <input
            {...p}
            name="until"
            type="datetime-local"
            step={1}
            required
            defaultValue={kept.until ?? defaultUntil}
            className={`${inputClass} max-w-64`}
          />
        )}
      </Field>
      <SubmitButton pending={pending}>{t.add}</SubmitButton>
    </form>
  );
}
