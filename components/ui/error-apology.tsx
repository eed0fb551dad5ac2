'use client';

import { useEffect } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { getErrorMessages } from '@/lib/i18n/error-messages';

/**
 * The short apology of the error boundaries. The error itself is never shown: in production
 * Next sends the browser only a digest, which is logged here to match the server's log line.
 */
export function ErrorApology({
  locale,
  error,
  retry,
  homeHref,
}: {
  locale: Locale;
  error: unknown;
  retry: () => void;
  homeHref?: string;
}) {
  const t = getErrorMessages(locale);
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : undefined;
  useEffect(() => {
    if (digest) console.error(`Page error (digest ${digest})`);
  }, [digest]);
  return (
    <main
      id="main"
      lang={locale}
      className="mx-auto max-w-3xl px-4 py-16"
      style={{ maxWidth: '48rem', marginInline: 'auto', paddingBlock: '4rem', paddingInline: '1rem' }}
    >
      <h1 className="text-3xl font-extrabold">{t.title}</h1>
      <p role="alert" className="mt-4 text-lg text-muted">
        {t.body}
      </p>
      <p className="mt-8 flex flex-wrap gap-4" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
        <button type="button" onClick={() => retry()} className="rounded border border-rule px-4 py-2 font-semibold">
          {t.retry}
        </button>
        {homeHref && (
          <a href={homeHref} className="px-4 py-2 font-semibold text-accent underline">
            {t.home}
          </a>
        )}
      </p>
    </main>
  );
}
