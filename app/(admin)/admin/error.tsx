'use client';

import { useSyncExternalStore } from 'react';
import { ErrorApology } from '@/components/ui/error-apology';
import { defaultLocaleClient, isLocale, type Locale } from '@/lib/i18n/config';

const subscribe = () => () => {};

/**
 * An admin page that failed. The admin layout above it chose the staff member's language and
 * wrote it into <html lang>, which is all a client error boundary can learn of it.
 */
export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  const lang = useSyncExternalStore(
    subscribe,
    () => document.documentElement.lang,
    () => null,
  );
  const locale: Locale = isLocale(lang) ? lang : defaultLocaleClient;
  return <ErrorApology locale={locale} error={error} retry={retry} homeHref="/admin" />;
}
