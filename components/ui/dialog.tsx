'use client';

import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

const sizes = {
  sm: { box: 'max-w-md', title: 'text-lg font-extrabold' },
  lg: { box: 'w-[min(64rem,95vw)]', title: 'text-xl font-extrabold' },
};

/**
 * A native modal <dialog>, open while it is mounted: the page behind is inert and focus stays
 * inside. Escape never closes it by itself: it calls `onCancel` (a dialog that must be answered
 * leaves it out). Named by its title, described by `description`.
 */
export function Dialog({
  title,
  description,
  descriptionClassName = 'mt-2 grid gap-2',
  size = 'sm',
  onCancel,
  initialFocus,
  dialogRef,
  children,
}: {
  title: ReactNode;
  description: ReactNode;
  descriptionClassName?: string;
  size?: keyof typeof sizes;
  onCancel?: () => void;
  /** What takes focus on opening (the safe answer); else the browser's choice. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** For a caller that closes the dialog itself before moving focus out of it. */
  dialogRef?: RefObject<HTMLDialogElement | null>;
  children: ReactNode;
}) {
  const ownRef = useRef<HTMLDialogElement>(null);
  const ref = dialogRef ?? ownRef;
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      initialFocus?.current?.focus();
    }
    return () => dialog?.close();
    // Opens once, when it appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel?.();
      }}
      className={`m-auto ${sizes[size].box} rounded border border-rule bg-card p-5 text-ink backdrop:bg-black/50`}
    >
      <h2 id={`${id}-title`} className={sizes[size].title}>
        {title}
      </h2>
      <div id={`${id}-body`} className={descriptionClassName}>
        {description}
      </div>
      {children}
    </dialog>
  );
}
