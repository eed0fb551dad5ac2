import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CorrectionsLog } from '@/components/site/corrections-log';
import { correctionsMetadata } from '@/lib/corrections/metadata';
import { getCorrectionsLog } from '@/lib/corrections/reader';
import { isLocale } from '@/lib/i18n/config';
import { BUILD_SENTINEL, requireLocale, requirePage } from '@/lib/i18n/params';
import { parsePageParam } from '@/lib/slug';

export function generateStaticParams() {
  return [{ n: BUILD_SENTINEL }];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/corrections/page/[n]'>): Promise<Metadata> {
  const { locale, n } = await params;
  const page = parsePageParam(n);
  return isLocale(locale) && page ? correctionsMetadata(locale, page) : {};
}

export default async function Page({ params }: PageProps<'/[locale]/corrections/page/[n]'>) {
  const { locale: rawLocale, n } = await params;
  const locale = requireLocale(rawLocale);
  const page = requirePage(n);
  const log = await getCorrectionsLog(locale, page);
  // Page 1 lives at /corrections; past the last page there is nothing.
  if (page < 2 || page > log.pageCount) notFound();
  return <CorrectionsLog locale={locale} log={log} />;
}
