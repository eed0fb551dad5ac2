'use client';

import { usePathname } from 'next/navigation';
import { useSyncExternalStore } from 'react';
import { ErrorApology } from '@/components/ui/error-apology';
import { defaultLocaleClient, direction } from '@/lib/i18n/config';
import { getErrorMessages, localeOfLanguages, localeOfPath } from '@/lib/i18n/error-messages';
import { routes } from '@/lib/routes';

const subscribe = () => () => {};
const serverLanguages: readonly string[] = [];

/**
 * A root layout failed (reader or admin), so this replaces it and writes its own document.
 * Reader URLs carry their language; for the admin, the browser's languages decide.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const pathname = usePathname();
  const languages = useSyncExternalStore(
    subscribe,
    () => navigator.languages,
    () => serverLanguages,
  );
  const fromPath = localeOfPath(pathname);
  const locale = fromPath ?? localeOfLanguages(languages) ?? defaultLocaleClient;
  return (
    <html lang={locale} dir={direction(locale)}>
      <head>
        <meta name="robots" content="noindex" />
        <title>{getErrorMessages(locale).title}</title>
      </head>
      <body style={{ fontFamily: 'system-ui, sans-serif', lineHeight: 1.6, margin: 0, colorScheme: 'light dark' }}>
        <ErrorApology
          locale={locale}
          error={error}
          retry={retry}
          homeHref={fromPath ? routes.home(fromPath) : '/admin'}
        />
      </body>
    </html>
  );
}
