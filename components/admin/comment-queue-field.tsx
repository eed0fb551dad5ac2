import type { ReactNode } from 'react';

export const queueInputClass = 'mt-1 w-full rounded border border-rule bg-paper px-2 py-1 aria-invalid:border-accent';
export const queueButtonClass =
  'rounded border border-rule px-2 py-1 text-sm font-semibold hover:border-accent disabled:opacity-60 max-sm:min-h-11 max-sm:min-w-11';
export const queuePrimaryButtonClass =
  'rounded bg-accent px-3 py-1 text-sm font-semibold text-accent-ink disabled:opacity-60 max-sm:min-h-11 max-sm:min-w-11';

/** A labelled control with its hint and its error, linked for assistive technology. */
export function QueueField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
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
