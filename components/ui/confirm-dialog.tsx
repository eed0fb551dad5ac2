'use client';

import { useRef, useState, type ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';

export type ConfirmRequest = { title: string; body: ReactNode; confirmLabel: string; cancelLabel: string };

/**
 * Asks before something that cannot be taken back quietly. A modal Dialog: Escape cancels,
 * focus starts on Cancel (the safe answer) and returns to the button that opened it.
 * `confirm` answers true only for an explicit yes.
 */
export function useConfirm(): [(request: ConfirmRequest) => Promise<boolean>, ReactNode] {
  const [request, setRequest] = useState<(ConfirmRequest & { resolve: (yes: boolean) => void }) | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  function confirm(next: ConfirmRequest): Promise<boolean> {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return new Promise((resolve) => setRequest({ ...next, resolve }));
  }

  function answer(yes: boolean) {
    request?.resolve(yes);
    setRequest(null);
    // Closed before focus moves back: the page behind is inert while it is open.
    dialogRef.current?.close();
    returnFocus.current?.focus();
  }

  const element = request && (
    <Dialog
      title={request.title}
      description={request.body}
      onCancel={() => answer(false)}
      initialFocus={cancelRef}
      dialogRef={dialogRef}
    >
      <div className="mt-5 flex flex-wrap justify-end gap-3">
        <Button ref={cancelRef} variant="secondary" onClick={() => answer(false)} className="min-h-11">
          {request.cancelLabel}
        </Button>
        <Button onClick={() => answer(true)} className="min-h-11">
          {request.confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
  return [confirm, element];
}
