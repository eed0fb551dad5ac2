'use client';

import { useEffect, useState } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';

/**
 * The outcome of the last action. The server renders it, so it is there without JavaScript;
 * with JavaScript the text is put back a moment after the live region appears, because a region
 * inserted together with its text (as after a client-side navigation) is often not announced.
 */
export function CommentQueueOutcome({ message, tone }: { message: string | null; tone: 'ok' | 'error' }) {
  const hydrated = useHydrated();
  // The message last put back. Until then (after hydration, a navigation or a new message) it is hidden.
  const [shown, setShown] = useState<string | null>(null);
  const text = !hydrated || shown === message ? message : null;
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(message), 100);
    return () => window.clearTimeout(timer);
  }, [message]);
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} aria-live={tone === 'error' ? 'assertive' : 'polite'}>
      {text && (
        <p
          className={`rounded border px-3 py-2 font-semibold ${tone === 'error' ? 'border-accent text-accent' : 'border-rule bg-card'}`}
        >
          {text}
        </p>
      )}
    </div>
  );
}
