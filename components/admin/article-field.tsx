import type { ReactNode } from 'react';

/** ids for a field's hint and error, and the aria attributes that tie them to the control. */
export function fieldAria(id: string, error: string | undefined, hint: boolean) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined } as const;
}

export const inputClass =
  'mt-1 block w-full rounded border border-rule bg-card px-3 py-2 aria-invalid:border-accent disabled:opacity-70';

/** A labelled field with its hint and its error sentence right below it. */
export function ArticleField({
  id,
  label,
  hint,
  error,
  children,
  labelId,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
  labelId?: string;
}) {
  return (
    <div>
      <label htmlFor={id} id={labelId} className="block font-semibold">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
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
