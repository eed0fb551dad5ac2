'use client';

import { useActionState } from 'react';
import { idleState, type FormState } from '@/lib/form-state';
import { localeNames, locales, type Locale } from '@/lib/i18n/config';
import { fill, type StaffScreensMessages } from '@/lib/i18n/admin-staff';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormStateMessage } from '@/components/ui/form-message';
import { staffCodes } from './staff-messages';

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** Creates a section, or edits one (names and slugs per language, position). */
export function SectionForm({
  idPrefix,
  action,
  t,
  current,
  legend,
}: {
  idPrefix: string;
  action: FormAction;
  t: StaffScreensMessages;
  current?: { position: number; translations: Partial<Record<Locale, { name: string; slug: string }>> };
  legend: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors ?? {};
  const typed = state.status === 'success' ? undefined : state.values;
  const value = (field: string, fallback: string) => typed?.[field] ?? fallback;
  const translated = (field: 'name' | 'slug', locale: Locale, hint?: string) => (
    <Field
      id={`${idPrefix}-${field}-${locale}`}
      label={fill(t.sections[field], { language: localeNames[locale] })}
      hint={hint}
      error={errors[`${field}.${locale}`]}
    >
      {(p) => (
        <input
          {...p}
          name={`${field}.${locale}`}
          defaultValue={value(`${field}.${locale}`, current?.translations[locale]?.[field] ?? '')}
          dir="auto"
          className={inputClass}
        />
      )}
    </Field>
  );
  return (
    <form
      key={JSON.stringify(typed ?? {})}
      action={formAction}
      noValidate
      className="rounded border border-rule bg-card p-4"
    >
      <fieldset>
        <legend className="mb-3 text-lg font-bold" dir="auto">
          {legend}
        </legend>
        <div className="grid gap-4 md:grid-cols-3">
          {locales.map((locale) => (
            <div key={locale} lang={locale} className="space-y-2">
              {translated('name', locale)}
              {translated('slug', locale, t.sections.slugHint)}
            </div>
          ))}
        </div>
        <div className="mt-4 flex flex-wrap items-end gap-4">
          <Field
            id={`${idPrefix}-position`}
            label={t.sections.position}
            hint={t.sections.positionHint}
            error={errors.position}
            className="w-40"
          >
            {(p) => (
              <input
                {...p}
                name="position"
                type="number"
                min={0}
                inputMode="numeric"
                defaultValue={value('position', current ? String(current.position) : '')}
                className={inputClass}
              />
            )}
          </Field>
          <SubmitButton pending={pending} pendingLabel={t.common.working}>
            {current ? t.sections.save : t.sections.create}
          </SubmitButton>
          <FormStateMessage state={state} codes={staffCodes(t)} />
        </div>
      </fieldset>
    </form>
  );
}
