'use client';

import { useActionState } from 'react';
import { ImageChoiceField } from '@/components/admin/image-choice-field';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormStateMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/form-state';
import type { AdminIdentityMessages } from '@/lib/i18n/admin-identity';
import { direction, localeNames, locales } from '@/lib/i18n/config';
import { fill } from '@/lib/i18n/format';
import { identityImageFields } from '@/lib/identity/identity';

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The publication's identity: name, tagline and footer in each language (each typed in its own
 * direction), contact address, profiles elsewhere and the languages' order. The order is set
 * with a position per language, which works from the keyboard and without JavaScript.
 */
export function IdentitySettingsForm({
  action,
  initial,
  initialState,
  t,
}: {
  action: FormAction;
  initial: Record<string, string>;
  initialState?: FormState;
  t: AdminIdentityMessages;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, initialState ?? { status: 'idle' });
  const value = (key: string) => state.values?.[key] ?? initial[key] ?? '';
  const error = (key: string) => state.fieldErrors?.[key];
  // Keyed by what was saved or sent back, so the boxes show it after each answer.
  const version = JSON.stringify(state.values ?? initial).length;
  return (
    <form
      action={formAction}
      noValidate
      aria-labelledby="identity-title"
      className="space-y-5 rounded border border-rule bg-card p-5"
      key={version}
    >
      <div>
        <h2 id="identity-title" className="text-lg font-bold">
          {t.title}
        </h2>
        <p className="text-sm text-muted">{t.intro}</p>
      </div>
      <FormStateMessage state={state} codes={{ forbidden: t.forbidden, 'signed-out': t.forbidden }} />
      {locales.map((locale) => (
        <fieldset key={locale} className="space-y-3 rounded border border-rule p-4">
          <legend className="px-1 font-semibold">{fill(t.inLanguage, { language: localeNames[locale] })}</legend>
          <Field id={`identity-name-${locale}`} label={t.name} error={error(`name.${locale}`)}>
            {(p) => (
              <input
                {...p}
                name={`name.${locale}`}
                defaultValue={value(`name.${locale}`)}
                lang={locale}
                dir={direction(locale)}
                required
                className={inputClass}
              />
            )}
          </Field>
          <Field id={`identity-tagline-${locale}`} label={t.tagline} error={error(`tagline.${locale}`)}>
            {(p) => (
              <input
                {...p}
                name={`tagline.${locale}`}
                defaultValue={value(`tagline.${locale}`)}
                lang={locale}
                dir={direction(locale)}
                className={inputClass}
              />
            )}
          </Field>
          <Field id={`identity-footer-${locale}`} label={t.footer} error={error(`footer.${locale}`)}>
            {(p) => (
              <textarea
                {...p}
                name={`footer.${locale}`}
                defaultValue={value(`footer.${locale}`)}
                lang={locale}
                dir={direction(locale)}
                rows={3}
                className={inputClass}
              />
            )}
          </Field>
        </fieldset>
      ))}
      <Field id="identity-email" label={t.contactEmail} hint={t.contactHint} error={error('contactEmail')}>
        {(p) => (
          <input
            {...p}
            type="email"
            name="contactEmail"
            dir="ltr"
            defaultValue={value('contactEmail')}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="identity-social" label={t.social} hint={t.socialHint} error={error('social')}>
        {(p) => (
          <textarea {...p} name="social" dir="ltr" rows={4} defaultValue={value('social')} className={inputClass} />
        )}
      </Field>
      <fieldset className="space-y-2" aria-describedby="identity-order-hint">
        <legend className="font-semibold">{t.order}</legend>
        <p id="identity-order-hint" className="text-xs text-muted">
          {t.orderHint}
        </p>
        <div className="flex flex-wrap gap-4">
          {locales.map((locale) => (
            <Field
              key={locale}
              id={`identity-position-${locale}`}
              label={fill(t.position, { language: localeNames[locale] })}
              error={error(`position.${locale}`)}
            >
              {(p) => (
                <select
                  {...p}
                  name={`position.${locale}`}
                  defaultValue={value(`position.${locale}`)}
                  className={inputClass}
                >
                  {locales.map((_, i) => (
                    <option key={i} value={String(i + 1)}>
                      {i + 1}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-4" aria-describedby="identity-images-hint">
        <legend className="font-semibold">{t.images}</legend>
        <p id="identity-images-hint" className="text-xs text-muted">
          {t.imagesHint}
        </p>
        {identityImageFields.map((field) => (
          <ImageChoiceField
            key={field}
            id={`identity-${field}`}
            name={field}
            label={t[field]}
            hint={t[`${field}Hint`]}
            error={error(field)}
            value={value(field)}
            src={value(`${field}.src`)}
            t={t}
            previewClassName={field === 'logoDark' ? 'bg-neutral-900' : 'bg-white'}
          />
        ))}
      </fieldset>
      <SubmitButton pending={pending} size="sm">
        {t.save}
      </SubmitButton>
    </form>
  );
}
