'use client';

import { useActionState } from 'react';
import { idleState, type FormState } from '@/lib/form-state';
import { type StaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';
import { FormMessage, smallButtonClass, smallInputClass } from './staff-field';
import { fill } from '@/lib/i18n/format';

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** Renames one tag (name and slug); the action is bound to the tag's id. */
export function TagRenameForm({
  tag,
  action,
  t,
}: {
  tag: { id: number; name: string; slug: string };
  action: FormAction;
  t: StaffAuditTaxonomyMessages;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const typed = state.status === 'success' ? undefined : state.values;
  const errors = state.fieldErrors ?? {};
  const base = `tag-${tag.id}`;
  const input = (field: 'name' | 'slug', label: string, fallback: string) => (
    <div>
      <label htmlFor={`${base}-${field}`} className="sr-only">
        {fill(label, { name: tag.name })}
      </label>
      <input
        id={`${base}-${field}`}
        name={field}
        defaultValue={typed?.[field] ?? fallback}
        maxLength={field === 'name' ? 60 : 160}
        dir="auto"
        aria-invalid={Boolean(errors[field])}
        aria-describedby={errors[field] ? `${base}-${field}-error` : undefined}
        className={`${smallInputClass} w-44`}
      />
      {errors[field] && (
        <p id={`${base}-${field}-error`} className="mt-1 text-sm font-semibold text-accent">
          {errors[field]}
        </p>
      )}
    </div>
  );
  return (
    <form
      key={`${tag.name}|${tag.slug}|${JSON.stringify(typed ?? {})}`}
      action={formAction}
      noValidate
      className="space-y-1"
    >
      <div className="flex flex-wrap items-start gap-1">
        {input('name', t.tags.renameName, tag.name)}
        {input('slug', t.tags.renameSlug, tag.slug)}
        <button type="submit" disabled={pending} className={smallButtonClass}>
          {t.tags.rename}
        </button>
      </div>
      <FormMessage state={state} t={t} />
    </form>
  );
}
