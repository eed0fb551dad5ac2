'use client';

import { useParams } from 'next/navigation';
import { defaultLocaleClient, isLocale, type Locale } from '@/lib/i18n/config';
import { getMessages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';

/**
 * not-found.tsx receives no params, so the locale comes from the URL here. It renders on the
 * server like any component, so the page reads without JavaScript.
 */
export function NotFoundContent({ names }: { names: Record<Locale, string> }) {
  const params = useParams<{ locale?: string }>();
  const locale = isLocale(params?.locale) ? params.locale : defaultLocaleClient;
  const t = getMessages(locale);
  return (
    <main id="main" lang={locale} className="mx-auto max-w-3xl px-4 py-16">
      <p className="text-2xl font-extrabold text-accent">
        <a href={routes.home(locale)}>{names[locale]}</a>
      </p>
      <h1 className="mt-8 text-3xl font-extrabold">{t.notFoundTitle}</h1>
      <p className="mt-4 text-lg text-muted">{t.notFoundBody}</p>
      <p className="mt-8">
        <a href={routes.home(locale)} className="font-semibold text-accent underline">
          {t.backHome}
        </a>
      </p>
    </main>
  );
}
