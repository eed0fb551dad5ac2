import type { ReactNode } from 'react';
import type { FormState } from '@/lib/form-state';
import type { StaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';

/** Shared by the staff, sections and tags forms: a labelled control with its hint and error. */
export function Field({
  id,
  label,
  error,
  hint,
  children,
  className = '',
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  /** The control: receives `id`, `aria-invalid` and `aria-describedby` through `controlProps`. */
  children: (controlProps: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
  className?: string;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-accent">
          {error}
        </p>
      )}
    </div>
  );
}

export const inputClass = 'mt-1 w-full rounded border border-rule bg-card px-3 py-2 aria-invalid:border-accent';
export const smallInputClass = 'rounded border border-rule bg-card px-2 py-1 text-sm aria-invalid:border-accent';
export const buttonClass = 'rounded bg-accent px-4 py-2 font-semibold text-accent-ink disabled:opacity-60';
export const smallButtonClass =
  'rounded border border-rule px-2 py-1 text-sm font-semibold hover:border-accent disabled:opacity-60';

/** withPermission answers refusals with a code; everything else is already a sentence. */
export function messageText(message: string, t: StaffAuditTaxonomyMessages): string {
  if (message === 'forbidden') return t.common.forbidden;
  if (message === 'signed-out') return t.common.signedOut;
  return message;
}

/** The outcome of a form: a polite status on success, an alert otherwise. */
export function FormMessage({ state, t, id }: { state: FormState; t: StaffAuditTaxonomyMessages; id?: string }) {
  if (!state.message) return null;
  const ok = state.status === 'success';
  return (
    <p id={id} role={ok ? 'status' : 'alert'} className={`text-sm font-semibold ${ok ? 'text-ink' : 'text-accent'}`}>
      {messageText(state.message, t)}
    </p>
  );
}
