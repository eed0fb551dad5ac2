import type { ComponentProps } from 'react';

const variants = {
  primary: 'bg-accent text-accent-ink',
  secondary: 'border border-rule hover:border-accent',
  danger: 'border border-accent text-accent',
  link: 'text-accent hover:underline',
};

const sizes = {
  md: 'px-4 py-2',
  /** Compact on a desktop; on a phone at least 44×44 CSS px (WCAG 2.5.5). */
  sm: 'px-2 py-1 text-sm max-sm:min-h-11 max-sm:min-w-11',
};

export type ButtonVariant = keyof typeof variants;
export type ButtonSize = keyof typeof sizes;

/** The classes of a button, for the rare link or summary that must look like one. */
export function buttonClass(variant: ButtonVariant = 'primary', size: ButtonSize = 'md', extra = ''): string {
  return `rounded font-semibold disabled:opacity-60 ${variants[variant]} ${sizes[size]} ${extra}`.trim();
}

export function Button({
  variant = 'primary',
  size = 'md',
  type = 'button',
  className = '',
  ...props
}: ComponentProps<'button'> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button type={type} className={buttonClass(variant, size, className)} {...props} />;
}

/** A form's submit button, which says so while the form is being sent. */
export function SubmitButton({
  pending,
  pendingLabel,
  children,
  ...props
}: Omit<ComponentProps<typeof Button>, 'type'> & { pending: boolean; pendingLabel?: string }) {
  return (
    <Button type="submit" disabled={pending} {...props}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
