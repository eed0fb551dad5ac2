import type { ReactNode } from 'react';

/** What a field hands its control: its id and the aria attributes that tie the hint and error to it. */
export type ControlProps = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

/** The aria attributes of a control whose hint and error are drawn elsewhere (`${id}-hint`, `${id}-error`). */
export function fieldAria(id: string, error: string | undefined, hint: boolean): Omit<ControlProps, 'id'> {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined };
}

/** A full-width text box, select or textarea of a form. */
export const inputClass =
  'mt-1 block w-full rounded border border-rule bg-card px-3 py-2 aria-invalid:border-accent disabled:opacity-70';
/** The same, denser: the comment queue, where a row holds its own small forms. */
export const compactInputClass = 'mt-1 w-full rounded border border-rule bg-paper px-2 py-1 aria-invalid:border-accent';
/** A control of a filter bar (GET forms above a list): as wide as its content. */
export const filterInputClass = 'mt-1 rounded border border-rule bg-card px-2 py-1';
/** A small control in a table row (its label is usually visually hidden). */
export const inlineInputClass = 'rounded border border-rule bg-card px-2 py-1 text-sm aria-invalid:border-accent';

const sizes = {
  sm: { label: 'block text-sm font-semibold', hint: 'mt-1 text-xs text-muted' },
  md: { label: 'block font-semibold', hint: 'mt-1 text-sm text-muted' },
};

/**
 * A labelled control with its hint and its error right below it. The control is drawn by
 * `children`, which receives its id, `aria-invalid` and `aria-describedby`.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
  size = 'sm',
  srOnlyLabel = false,
  labelId,
  className,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (control: ControlProps) => ReactNode;
  /** sm: forms of the admin screens; md: the article editor's main column. */
  size?: keyof typeof sizes;
  /** The label is read out but not shown (controls in a table row, named by their column). */
  srOnlyLabel?: boolean;
  labelId?: string;
  className?: string;
}) {
  const style = sizes[size];
  return (
    <div className={className}>
      <label htmlFor={id} id={labelId} className={srOnlyLabel ? 'sr-only' : style.label}>
        {label}
      </label>
      {children({ id, ...fieldAria(id, error, Boolean(hint)) })}
      {hint && (
        <p id={`${id}-hint`} className={style.hint}>
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
