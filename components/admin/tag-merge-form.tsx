'use client';

import { startTransition, useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormMessage, FormStateMessage } from '@/components/ui/form-message';
import { idleState, type FormState } from '@/lib/form-state';
import type { StaffScreensMessages } from '@/lib/i18n/admin-staff';
import { staffCodes } from './staff-messages';

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
  t: StaffScreensMessages;
  options: { id: number; name: string }[];
  mergeAction: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, action, pending] = useActionState(mergeAction, idleState);
  const errors = state.fieldErrors ?? {};
  return (
    <form
      id={id}
      action={action}
      // Submitted by hand so React does not reset the form: ticked tags stay ticked after an error.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
      noValidate
      className="rounded border border-rule bg-card p-4"
    >
      <h2 className="mb-1 text-lg font-bold">{t.tags.mergeTitle}</h2>
      <p className="mb-3 text-sm text-muted">{t.tags.mergeHint}</p>
      <FormMessage tone="error" className="mb-2">
        {errors.sourceIds}
      </FormMessage>
      <div className="flex flex-wrap items-start gap-4">
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
        <div className="self-end">
          <SubmitButton pending={pending} pendingLabel={t.common.working}>
            {t.tags.merge}
          </SubmitButton>
        </div>
      </div>
      <div className="mt-2">
        <FormStateMessage state={state} codes={staffCodes(t)} />
      </div>
    </form>
  );
}
