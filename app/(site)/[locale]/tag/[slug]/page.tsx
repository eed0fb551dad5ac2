import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/site/listing';
import { isLocale } from '@/lib/i18n/config';
import { BUILD_SENTINEL, requireLocale, requireSlug } from '@/lib/i18n/params';
import { getListing, getListingMetadata } from '@/lib/listing';
import { normalizeSlugParam } from '@/lib/slug';

export function generateStaticParams() {
  return [{ slug: BUILD_SENTINEL }];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/tag/[slug]'>) {
  const { locale, slug } = await params;
  const normalized = normalizeSlugParam(slug);
  if (!isLocale(locale) || !normalized) return {};
  return getListingMetadata('tag', locale, normalized, 1);
}

export default async function Page({ params }: PageProps<'/[locale]/tag/[slug]'>) {
  const { locale: rawLocale, slug } = await params;
  const locale = requireLocale(rawLocale);
  const listing = await getListing('tag', locale, requireSlug(slug), 1);
  if (!listing) notFound();
  return <ListingPage listing={listing} locale={locale} page={1} />;
}
