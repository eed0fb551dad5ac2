'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export type ConfirmRequest = { title: string; body: ReactNode; confirmLabel: string; cancelLabel: string };

/**
 * Asks before something that cannot be taken back quietly. A native modal <dialog>: the page
 * behind is inert, Escape cancels, focus starts on Cancel (the safe answer) and returns to the
 * button that opened it. `confirm` answers true only for an explicit yes.
 */
export function useConfirm(): [(request: ConfirmRequest) => Promise<boolean>, ReactNode] {
  const [request, setRequest] = useState<(ConfirmRequest & { resolve: (yes: boolean) => void }) | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const id = useId();

  useEffect(() => {
    if (!request || dialogRef.current?.open) return;
    dialogRef.current?.showModal();
    cancelRef.current?.focus();
  }, [request]);

  function confirm(next: ConfirmRequest): Promise<boolean> {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return new Promise((resolve) => setRequest({ ...next, resolve }));
  }

  function answer(yes: boolean) {
    request?.resolve(yes);
    setRequest(null);
    dialogRef.current?.close();
    returnFocus.current?.focus();
  }

  const element = request && (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        answer(false);
      }}
      className="m-auto max-w-md rounded border border-rule bg-card p-5 text-ink backdrop:bg-black/50"
    >
      <h2 id={`${id}-title`} className="text-lg font-extrabold">
        {request.title}
      </h2>
      <div id={`${id}-body`} className="mt-2 grid gap-2">
        {request.body}
      </div>
      <div className="mt-5 flex flex-wrap justify-end gap-3">
        <button
          ref={cancelRef}
          type="button"
          onClick={() => answer(false)}
          className="min-h-11 rounded border border-rule px-4 py-2 font-semibold hover:border-accent"
        >
          {request.cancelLabel}
        </button>
        <button
          type="button"
          onClick={() => answer(true)}
          className="min-h-11 rounded border border-accent bg-accent px-4 py-2 font-semibold text-accent-ink"
        >
          {request.confirmLabel}
        </button>
      </div>
    </dialog>
  );
  return [confirm, element];
}
