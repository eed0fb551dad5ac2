'use client';

import { useEffect, useRef, useSyncExternalStore } from 'react';

const KEY = 'maydan.breaking.dismissed';
const noSubscription = () => () => {};

function dismissed(): number[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((n): n is number => Number.isInteger(n)).slice(-20) : [];
  } catch {
    return [];
  }
}

/**
 * The banner's close button. Shown only once JavaScript runs (without it the button could do
 * nothing); a dismissed banner stays hidden in this browser, and the next banner shows again.
 * Nothing leaves the browser: no cookie, so cached pages stay the same for everyone.
 */
export function BreakingDismiss({ id, label }: { id: number; label: string }) {
  const ref = useRef<HTMLButtonElement>(null);
  // False in the server's HTML, true once hydrated: the button exists only where it works.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  useEffect(() => {
    const banner = ref.current?.closest<HTMLElement>('[data-breaking]') ?? null;
    if (banner && dismissed().includes(id)) banner.hidden = true;
  }, [id]);
  return (
    <button
      ref={ref}
      type="button"
      hidden={!ready}
      aria-label={label}
      onClick={(event) => {
        try {
          localStorage.setItem(KEY, JSON.stringify([...dismissed(), id]));
        } catch {
          // Storage refused (private mode): it hides for this page view only.
        }
        const banner = event.currentTarget.closest<HTMLElement>('[data-breaking]');
        if (banner) banner.hidden = true;
      }}
      className="inline-flex size-11 shrink-0 items-center justify-center rounded text-xl leading-none hover:bg-rule focus-visible:outline-2 sm:size-8"
    >
      <span aria-hidden="true">×</span>
    </button>
  );
}
