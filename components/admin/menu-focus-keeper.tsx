'use client';

import { useEffect, type ReactNode } from 'react';

/**
 * The button last pressed and the order it was pressed in. Kept outside the component: the
 * action's redirect (which carries a flash message in the URL) can mount a new list, and a ref
 * would be lost with the old one.
 */
let pressed: { id: string; order: string } | null = null;

/**
 * Keeps the keyboard where it was across a reorder. "Move up" and "Move down" are server-action
 * forms: when the list comes back in its new order the pressed button may have been moved in the
 * page, which drops focus to the document. This puts it back on the same button (or, at the end
 * of the list where that button is now disabled, on its row's other one).
 */
export function MenuFocusKeeper({ order, children }: { order: string; children: ReactNode }) {
  useEffect(() => {
    if (!pressed || pressed.order === order) return;
    const { id } = pressed;
    pressed = null;
    const button = document.getElementById(id) as HTMLButtonElement | null;
    if (!button) return;
    const target = button.disabled
      ? button.closest('[data-menu-item]')?.querySelector<HTMLButtonElement>('button:not([disabled])')
      : button;
    if (target && document.activeElement !== target) target.focus();
  }, [order]);
  return (
    <div
      onClickCapture={(e) => {
        const button = (e.target as HTMLElement).closest('button[id]');
        pressed = button ? { id: button.id, order } : null;
      }}
    >
      {children}
    </div>
  );
}
