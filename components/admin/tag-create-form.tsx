'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormStateMessage } from '@/components/ui/form-message';
import { idleState, type FormState } from '@/lib/form-state';
import type { Locale } from '@/lib/i18n/config';
import type { StaffScreensMessages } from '@/lib/i18n/admin-staff';
import { LocaleSelect } from './locale-select';
import { staffCodes } from './staff-messages';

export function TagCreateForm({
  t,
  locale,
  createAction,
}: {
  t: StaffScreensMessages;
  locale: Locale;
  createAction: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, action, pending] = useActionState(createAction, idleState);
  const typed = state.status === 'success' ? undefined : state.values;
  const errors = state.fieldErrors ?? {};
  return (
    <form
      key={JSON.stringify(typed ?? {})}
      action={action}
      noValidate
      className="rounded border border-rule bg-card p-4"
    >
      <h2 className="mb-3 text-lg font-bold">{t.tags.createTitle}</h2>
      <div className="flex flex-wrap items-start gap-4">
        <Field id="tag-new-locale" label={t.tags.language} error={errors.locale}>
          {(p) => <LocaleSelect {...p} name="locale" defaultValue={typed?.locale ?? locale} className={inputClass} />}
        </Field>
        <Field id="tag-new-name" label={t.tags.name} error={errors.name} className="min-w-64 flex-1">
          {(p) => (
            <input
              {...p}
              name="name"
              required
              maxLength={60}
              defaultValue={typed?.name ?? ''}
              dir="auto"
              className={inputClass}
            />
          )}
        </Field>
        <div className="self-end">
          <SubmitButton pending={pending} pendingLabel={t.common.working}>
            {t.tags.create}
          </SubmitButton>
        </div>
      </div>
      <div className="mt-2">
        <FormStateMessage state={state} codes={staffCodes(t)} />
      </div>
    </form>
  );
}
