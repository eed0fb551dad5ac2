'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False on the server and while hydrating, true once running in the browser. Reading it instead
 * of setting state in an effect keeps the first client render equal to the server HTML, then
 * re-renders once with browser-only values (time zone, JavaScript-only controls).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
