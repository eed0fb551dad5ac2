'use client';

import { useActionState } from 'react';
import type { LocalizedText } from '@/db/schema';
import type { FormState } from '@/lib/form-state';
import { direction, locales } from '@/lib/i18n/config';
import type { ProfileMessages } from '@/lib/i18n/admin-profile';
import { fill, type StaffScreensMessages } from '@/lib/i18n/admin-staff';
import { displayNameField } from '@/lib/staff-names-fields';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormStateMessage } from '@/components/ui/form-message';
import { staffCodes } from './staff-messages';

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;
const initial: FormState = { status: 'idle' };

/**
 * A staff member's default name and their name per language (bylines, author pages). Each
 * language's field carries that language's `lang` and direction, so Arabic is typed right to left.
 */
export function StaffNamesForm({
  idPrefix,
  current,
  action,
  t,
  staffT,
}: {
  idPrefix: string;
  current: { name: string; names: LocalizedText };
  action: FormAction;
  t: ProfileMessages;
  staffT: StaffScreensMessages;
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  const errors = state.fieldErrors ?? {};
  // After a save or an error the form shows what was sent; before, what is stored.
  const value = (field: string, stored: string) => state.values?.[field] ?? stored;
  return (
    <form
      key={JSON.stringify(state.values ?? current)}
      action={formAction}
      noValidate
      className="grid gap-4 sm:grid-cols-2"
    >
      <Field
        id={`${idPrefix}-name`}
        label={t.defaultName}
        hint={t.defaultNameHint}
        error={errors.name}
        className="sm:col-span-2"
      >
        {(p) => (
          <input
            {...p}
            name="name"
            type="text"
            autoComplete="off"
            required
            defaultValue={value('name', current.name)}
            className={inputClass}
            dir="auto"
          />
        )}
      </Field>
      {locales.map((locale) => {
        const field = displayNameField(locale);
        return (
          <Field
            key={locale}
            id={`${idPrefix}-${field}`}
            label={fill(t.nameIn, { language: t.languages[locale] })}
            hint={t.nameInHint}
            error={errors[field]}
          >
            {(p) => (
              <input
                {...p}
                name={field}
                type="text"
                autoComplete="off"
                defaultValue={value(field, current.names[locale] ?? '')}
                className={inputClass}
                lang={locale}
                dir={direction(locale)}
              />
            )}
          </Field>
        );
      })}
      <div className="flex flex-col gap-2 sm:col-span-2">
        <FormStateMessage state={state} codes={staffCodes(staffT)} />
        <div>
          <SubmitButton pending={pending} pendingLabel={t.working}>
            {t.save}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
