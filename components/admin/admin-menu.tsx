'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * On phones the newsroom links, language and sign-out fold behind a Menu button, so the header
 * stays one short row. From 640 px up (and without JavaScript, see the <noscript> rule) they show
 * as before. Escape closes the menu and returns focus to the button; a navigation closes it.
 */
export function AdminMenu({ label, children }: { label: string; children: ReactNode }) {
  const pathname = usePathname();
  // The page the menu was opened on: once the path changes, it is closed, with no effect needed.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (next: boolean) => setOpenOn(next ? pathname : null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      setOpenOn(null);
      buttonRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        id="admin-menu-button"
        aria-expanded={open}
        aria-controls="admin-menu"
        onClick={() => setOpen(!open)}
        className="ms-auto inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded border border-rule px-3 font-semibold hover:border-accent sm:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" width="20" height="20" fill="currentColor">
          <rect x="2" y="4" width="16" height="2" rx="1" />
          <rect x="2" y="9" width="16" height="2" rx="1" />
          <rect x="2" y="14" width="16" height="2" rx="1" />
        </svg>
        {label}
      </button>
      <div
        id="admin-menu"
        data-open={open || undefined}
        className="flex basis-full flex-col gap-3 max-sm:hidden max-sm:data-open:flex sm:basis-auto sm:flex-1 sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-6 sm:gap-y-2"
      >
        {children}
      </div>
      <noscript>
        <style>
          {
            '@media (max-width: 39.99rem) { #admin-menu { display: flex !important } #admin-menu-button { display: none !important } }'
          }
        </style>
      </noscript>
    </>
  );
}
