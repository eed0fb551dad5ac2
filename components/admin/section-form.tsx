'use client';

import { useActionState } from 'react';
import { idleState, type FormState } from '@/lib/form-state';
import { localeNames, locales, type Locale } from '@/lib/i18n/config';
import { type StaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';
import { buttonClass, Field, FormMessage, inputClass } from './staff-field';
import { fill } from '@/lib/i18n/format';

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
  t: StaffAuditTaxonomyMessages;
  current?: { position: number; translations: Partial<Record<Locale, { name: string; slug: string }>> };
  legend: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors ?? {};
  const typed = state.status === 'success' ? undefined : state.values;
  const value = (field: string, fallback: string) => typed?.[field] ?? fallback;
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
              <Field
                id={`${idPrefix}-name-${locale}`}
                label={fill(t.sections.name, { language: localeNames[locale] })}
                error={errors[`name.${locale}`]}
              >
                {(p) => (
                  <input
                    {...p}
                    name={`name.${locale}`}
                    defaultValue={value(`name.${locale}`, current?.translations[locale]?.name ?? '')}
                    dir="auto"
                    className={inputClass}
                  />
                )}
              </Field>
              <Field
                id={`${idPrefix}-slug-${locale}`}
                label={fill(t.sections.slug, { language: localeNames[locale] })}
                hint={t.sections.slugHint}
                error={errors[`slug.${locale}`]}
              >
                {(p) => (
                  <input
                    {...p}
                    name={`slug.${locale}`}
                    defaultValue={value(`slug.${locale}`, current?.translations[locale]?.slug ?? '')}
                    dir="auto"
                    className={inputClass}
                  />
                )}
              </Field>
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
          <button type="submit" disabled={pending} className={buttonClass}>
            {pending ? t.common.working : current ? t.sections.save : t.sections.create}
          </button>
          <FormMessage state={state} t={t} />
        </div>
      </fieldset>
    </form>
  );
}
