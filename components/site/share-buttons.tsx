'use client';

import { useState } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { SharedPage } from '@/lib/share/links';

import { SHARE_PILL } from './share-pill';

type Strings = { copy: string; copied: string; copyFailed: string; more: string };

/**
 * The share box's JavaScript part: "copy link" (Clipboard API) and, where the browser has one,
 * its own share sheet (Web Share API). Neither exists without JavaScript, so neither is drawn
 * until the page runs in a browser; the outcome of a copy is announced in a polite live region
 * (not a `status` role: the comment form's own status is the article's one status message).
 */
export function ShareButtons({
  page,
  strings,
  children,
}: {
  page: SharedPage;
  strings: Strings;
  /** The plain links, as list items, drawn from the server. */
  children: React.ReactNode;
}) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState('');
  const canShare = hydrated && typeof navigator.share === 'function';

  async function copy() {
    try {
      await navigator.clipboard.writeText(page.url);
      setStatus(strings.copied);
    } catch {
      setStatus(strings.copyFailed);
    }
  }

  async function share() {
    try {
      await navigator.share({ title: page.title, url: page.url });
    } catch {
      // Dismissed by the reader, or refused: nothing to say.
    }
  }

  return (
    <>
      <ul className="flex flex-wrap gap-2">
        {children}
        {hydrated && (
          <li>
            <button type="button" className={SHARE_PILL} onClick={copy} data-share-copy>
              {strings.copy}
            </button>
          </li>
        )}
        {canShare && (
          <li>
            <button type="button" className={SHARE_PILL} onClick={share} data-share-native>
              {strings.more}
            </button>
          </li>
        )}
      </ul>
      <p aria-live="polite" data-share-status className="mt-2 min-h-5 text-sm text-muted">
        {status}
      </p>
    </>
  );
}
