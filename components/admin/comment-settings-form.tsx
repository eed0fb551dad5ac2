'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { compactInputClass, Field } from '@/components/ui/field';
import { FormStateMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/form-state';
import type { AdminCommentsMessages } from '@/lib/i18n/admin-comments';

type Messages = AdminCommentsMessages['settings'];
type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;
export type SettingsValues = Record<
  | 'closeMode'
  | 'closeAfterDays'
  | 'maxLinks'
  | 'blockedWords'
  | 'blockedAddresses'
  | 'autoApproveKnown'
  | 'rateLimitCount'
  | 'rateLimitMinutes'
  | 'minFillSeconds',
  string
>;

const numberClass = `${compactInputClass} max-w-32`;

/** The comment rules an admin may tune. Errors sit by their field; what was typed stays. */
export function CommentSettingsForm({
  action,
  initial,
  initialState,
  t,
}: {
  action: FormAction;
  initial: SettingsValues;
  initialState?: FormState;
  t: Messages;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, initialState ?? { status: 'idle' });
  const v: SettingsValues = { ...initial, ...state.values };
  const errors = state.fieldErrors ?? {};
  const number = (name: keyof SettingsValues, label: string, hint?: string) => (
    <Field id={`settings-${name}`} label={label} hint={hint} error={errors[name]}>
      {(control) => (
        <input {...control} name={name} inputMode="numeric" defaultValue={v[name]} dir="ltr" className={numberClass} />
      )}
    </Field>
  );
  return (
    <form action={formAction} noValidate className="space-y-6 rounded border border-rule bg-card p-5">
      <h2 className="text-lg font-bold">{t.comments}</h2>
      <FormStateMessage state={state} codes={{ forbidden: t.errors.forbidden, 'signed-out': t.errors.forbidden }} />
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t.closing}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="closeMode" value="never" defaultChecked={v.closeMode === 'never'} />
          {t.closeNever}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="closeMode" value="after" defaultChecked={v.closeMode !== 'never'} />
          {t.closeAfter}
        </label>
        <div className="ps-6">{number('closeAfterDays', t.closeAfterDays)}</div>
      </fieldset>
      {number('maxLinks', t.maxLinks, t.maxLinksHint)}
      <Field id="settings-blockedWords" label={t.blockedWords} hint={t.blockedWordsHint} error={errors.blockedWords}>
        {(control) => (
          <textarea
            {...control}
            name="blockedWords"
            rows={5}
            defaultValue={v.blockedWords}
            dir="auto"
            className={compactInputClass}
          />
        )}
      </Field>
      <Field
        id="settings-blockedAddresses"
        label={t.blockedAddresses}
        hint={t.blockedAddressesHint}
        error={errors.blockedAddresses}
      >
        {(control) => (
          <textarea
            {...control}
            name="blockedAddresses"
            rows={5}
            defaultValue={v.blockedAddresses}
            dir="ltr"
            className={compactInputClass}
          />
        )}
      </Field>
      <div>
        <label className="flex items-center gap-2 font-semibold">
          <input
            type="checkbox"
            name="autoApproveKnown"
            defaultChecked={v.autoApproveKnown === 'on'}
            aria-describedby="settings-autoApproveKnown-hint"
          />
          {t.autoApproveKnown}
        </label>
        <p id="settings-autoApproveKnown-hint" className="mt-1 ps-6 text-xs text-muted">
          {t.autoApproveKnownHint}
        </p>
      </div>
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t.rateLimit}</legend>
        <div className="flex flex-wrap gap-4">
          {number('rateLimitCount', t.rateLimitCount)}
          {number('rateLimitMinutes', t.rateLimitMinutes)}
        </div>
        <p className="text-xs text-muted">{t.rateLimitHint}</p>
      </fieldset>
      {number('minFillSeconds', t.minFillSeconds, t.minFillSecondsHint)}
      <SubmitButton pending={pending} size="sm">
        {t.save}
      </SubmitButton>
    </form>
  );
}
