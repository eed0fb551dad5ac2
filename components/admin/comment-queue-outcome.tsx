'use client';

import { useEffect, useState } from 'react';

/**
 * The outcome of the last action. The server renders it, so it is there without JavaScript;
 * with JavaScript the text is put back a moment after the live region appears, because a region
 * inserted together with its text (as after a client-side navigation) is often not announced.
 */
export function CommentQueueOutcome({ message, tone }: { message: string | null; tone: 'ok' | 'error' }) {
  const [text, setText] = useState(message);
  useEffect(() => {
    setText(null);
    const timer = window.setTimeout(() => setText(message), 100);
    return () => window.clearTimeout(timer);
  }, [message]);
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} aria-live={tone === 'error' ? 'assertive' : 'polite'}>
      {text && <p className={`rounded border px-3 py-2 font-semibold ${tone === 'error' ? 'border-accent text-accent' : 'border-rule bg-card'}`}>{text}</p>}
    </div>
  );
}
