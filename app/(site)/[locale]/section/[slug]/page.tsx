import { ListingPage, listingMetadata } from '@/components/site/listing';
import { isLocale } from '@/lib/i18n/config';
import { BUILD_SENTINEL, requireLocale, requireSlug } from '@/lib/i18n/params';
import { normalizeSlugParam } from '@/lib/slug';

export function generateStaticParams() {
  return [{ slug: BUILD_SENTINEL }];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/section/[slug]'>) {
  const { locale, slug } = await params;
  const normalized = normalizeSlugParam(slug);
  if (!isLocale(locale) || !normalized) return {};
  return listingMetadata('section', locale, normalized, 1);
}

export default async function Page({ params }: PageProps<'/[locale]/section/[slug]'>) {
  const { locale, slug } = await params;
  return <ListingPage kind="section" locale={requireLocale(locale)} slug={requireSlug(slug)} page={1} />;
}
