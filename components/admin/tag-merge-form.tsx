'use client';

import { startTransition, useActionState } from 'react';
import { Field, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { idleState, type FormState } from '@/lib/form-state';
import type { StaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';
import { TagFormCard } from './tag-form-card';

/**
 * The merge form. The tags to merge are the ticked checkboxes of the list, which belong to this
 * form through their `form` attribute (forms cannot nest inside the table's rename forms).
 */
export function TagMergeForm({
  id,
  t,
  options,
  mergeAction,
}: {
  id: string;
  t: StaffAuditTaxonomyMessages;
  options: { id: number; name: string }[];
  mergeAction: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, action, pending] = useActionState(mergeAction, idleState);
  const errors = state.fieldErrors ?? {};
  return (
    <TagFormCard
      id={id}
      action={action}
      // Submitted by hand so React does not reset the form: ticked tags stay ticked after an error.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
      title={t.tags.mergeTitle}
      intro={
        <>
          <p className="mb-3 text-sm text-muted">{t.tags.mergeHint}</p>
          <FormMessage tone="error" className="mb-2">
            {errors.sourceIds}
          </FormMessage>
        </>
      }
      submitLabel={t.tags.merge}
      pending={pending}
      state={state}
      t={t}
    >
      <Field id="tag-merge-target" label={t.tags.mergeTarget} error={errors.targetId} className="min-w-64">
        {(p) => (
          <select {...p} name="targetId" defaultValue="" className={inputClass}>
            <option value="">{t.tags.chooseTarget}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </TagFormCard>
  );
}
