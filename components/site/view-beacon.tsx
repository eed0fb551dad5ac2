'use client';

import { useEffect } from 'react';
import { routes } from '@/lib/routes';

/**
 * Counts a view of the article page (app/api/views): one beacon once the page is really shown.
 * A prerendered or prefetched page that is never opened sends nothing; one opened in a
 * background tab waits until it is looked at. No cookie, no identifier: the server keeps only a
 * daily-keyed hash of the address for an hour. Without JavaScript nothing is sent: a `<noscript>`
 * image or CSS background would make a GET with an effect, fetched by crawlers, link scanners
 * and shared caches as readily as by readers, for the few readers who turn scripts off.
 */
export function ViewBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    let sent = false;
    const send = () => {
      const prerendering = (document as Document & { prerendering?: boolean }).prerendering === true;
      if (sent || prerendering || document.visibilityState !== 'visible') return;
      sent = true;
      navigator.sendBeacon?.(routes.viewBeacon, new URLSearchParams({ id: String(articleId) }));
      stop();
    };
    const stop = () => {
      document.removeEventListener('visibilitychange', send);
      document.removeEventListener('prerenderingchange', send);
    };
    document.addEventListener('visibilitychange', send);
    document.addEventListener('prerenderingchange', send);
    send();
    return stop;
  }, [articleId]);
  return null;
}
