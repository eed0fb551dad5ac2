'use client';

import { useActionState } from 'react';
import { Field, inputClass } from '@/components/ui/field';
import { idleState, type FormState } from '@/lib/form-state';
import type { Locale } from '@/lib/i18n/config';
import type { StaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';
import { LocaleSelect } from './locale-select';
import { TagFormCard } from './tag-form-card';

export function TagCreateForm({
  t,
  locale,
  createAction,
}: {
  t: StaffAuditTaxonomyMessages;
  locale: Locale;
  createAction: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, action, pending] = useActionState(createAction, idleState);
  const typed = state.status === 'success' ? undefined : state.values;
  const errors = state.fieldErrors ?? {};
  return (
    <TagFormCard
      key={JSON.stringify(typed ?? {})}
      action={action}
      title={t.tags.createTitle}
      submitLabel={t.tags.create}
      pending={pending}
      state={state}
      t={t}
    >
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
    </TagFormCard>
  );
}
