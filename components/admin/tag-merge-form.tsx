'use client';

import { startTransition, useActionState } from 'react';
import { mergeTagsAction } from '@/app/(admin)/admin/tags/actions';
import { idleState } from '@/lib/form-state';
import type { StaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';
import { buttonClass, Field, FormMessage, inputClass } from './staff-field';

/**
 * The merge form. The tags to merge are the ticked checkboxes of the list, which belong to this
 * form through their `form` attribute (forms cannot nest inside the table's rename forms).
 */
export function TagMergeForm({
  id,
  t,
  options,
}: {
  id: string;
  t: StaffAuditTaxonomyMessages;
  options: { id: number; name: string }[];
}) {
  const [state, action, pending] = useActionState(mergeTagsAction, idleState);
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
      {errors.sourceIds && (
        <p role="alert" className="mb-2 text-sm font-semibold text-accent">
          {errors.sourceIds}
        </p>
      )}
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
          <button type="submit" disabled={pending} className={buttonClass}>
            {pending ? t.common.working : t.tags.merge}
          </button>
        </div>
      </div>
      <div className="mt-2">
        <FormMessage state={state} t={t} />
      </div>
    </form>
  );
}
