'use client';

import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * While `dirty`, leaving asks first: the browser's own prompt for reloads, closing and typed
 * URLs (beforeunload), and a confirm for links inside the app (checked before Next's router).
 */
export function useLeaveGuard(dirty: boolean, message: string): () => void {
  const state = useRef({ dirty, message });
  // Kept current after each render (synchronously, before any click can come) for the listeners below.
  useLayoutEffect(() => {
    state.current = { dirty, message };
  });

  useEffect(() => {
    function beforeUnload(event: BeforeUnloadEvent) {
      if (!state.current.dirty) return;
      event.preventDefault();
      event.returnValue = '';
    }
    function click(event: MouseEvent) {
      if (!state.current.dirty || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!link || link.target === '_blank' || link.hasAttribute('download')) return;
      const url = new URL(link.href, location.href);
      if (url.origin === location.origin && url.pathname === location.pathname && url.search === location.search)
        return;
      if (!window.confirm(state.current.message)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      } else {
        // They chose to leave: the browser's own prompt must not ask a second time.
        state.current.dirty = false;
      }
    }
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('click', click, true);
    };
  }, []);
  // For a navigation the page itself starts after saving: nothing is left to lose.
  return () => {
    state.current.dirty = false;
  };
}
