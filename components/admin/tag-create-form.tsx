'use client';

import { useActionState } from 'react';
import { createTagAction } from '@/app/(admin)/admin/tags/actions';
import { idleState } from '@/lib/form-state';
import { localeNames, locales, type Locale } from '@/lib/i18n/config';
import type { StaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';
import { buttonClass, Field, FormMessage, inputClass } from './staff-field';

export function TagCreateForm({ t, locale }: { t: StaffAuditTaxonomyMessages; locale: Locale }) {
  const [state, action, pending] = useActionState(createTagAction, idleState);
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
          {(p) => (
            <select {...p} name="locale" defaultValue={typed?.locale ?? locale} className={inputClass}>
              {locales.map((l) => (
                <option key={l} value={l} lang={l}>
                  {localeNames[l]}
                </option>
              ))}
            </select>
          )}
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
          <button type="submit" disabled={pending} className={buttonClass}>
            {pending ? t.common.working : t.tags.create}
          </button>
        </div>
      </div>
      <div className="mt-2">
        <FormMessage state={state} t={t} />
      </div>
    </form>
  );
}
