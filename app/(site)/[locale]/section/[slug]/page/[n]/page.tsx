import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/site/listing';
import { isLocale } from '@/lib/i18n/config';
import { BUILD_SENTINEL, requireLocale, requirePage, requireSlug } from '@/lib/i18n/params';
import { getListing, getListingMetadata } from '@/lib/listing';
import { normalizeSlugParam, parsePageParam } from '@/lib/slug';

export function generateStaticParams() {
  return [{ slug: BUILD_SENTINEL, n: BUILD_SENTINEL }];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/section/[slug]/page/[n]'>) {
  const { locale, slug, n } = await params;
  const normalized = normalizeSlugParam(slug);
  const page = parsePageParam(n);
  if (!isLocale(locale) || !normalized || !page) return {};
  return getListingMetadata('section', locale, normalized, page);
}

export default async function Page({ params }: PageProps<'/[locale]/section/[slug]/page/[n]'>) {
  const { locale: rawLocale, slug, n } = await params;
  const locale = requireLocale(rawLocale);
  const page = requirePage(n);
  const listing = await getListing('section', locale, requireSlug(slug), page);
  if (!listing) notFound();
  return <ListingPage listing={listing} locale={locale} page={page} />;
}
