import type { Metadata } from 'next';
import { CorrectionsLog } from '@/components/site/corrections-log';
import { correctionsMetadata } from '@/lib/corrections/metadata';
import { getCorrectionsLog } from '@/lib/corrections/reader';
import { isLocale } from '@/lib/i18n/config';
import { requireLocale } from '@/lib/i18n/params';

export async function generateMetadata({ params }: PageProps<'/[locale]/corrections'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? correctionsMetadata(locale, 1) : {};
}

export default async function Page({ params }: PageProps<'/[locale]/corrections'>) {
  const locale = requireLocale((await params).locale);
  return <CorrectionsLog locale={locale} log={await getCorrectionsLog(locale, 1)} />;
}
