'use client';

import { useParams } from 'next/navigation';
import { ErrorApology } from '@/components/ui/error-apology';
import { defaultLocaleClient, isLocale } from '@/lib/i18n/config';
import { routes } from '@/lib/routes';

/** A reader page that failed (e.g. the database is away and the page was not cached). */
export default function ReaderError({ error, retry }: { error: unknown; retry: () => void }) {
  const params = useParams<{ locale?: string }>();
  const locale = isLocale(params?.locale) ? params.locale : defaultLocaleClient;
  return <ErrorApology locale={locale} error={error} retry={retry} homeHref={routes.home(locale)} />;
}
