import { ListingPage, listingMetadata } from '@/components/site/listing';
import { isLocale } from '@/lib/i18n/config';
import { BUILD_SENTINEL, requireLocale, requirePage, requireSlug } from '@/lib/i18n/params';
import { normalizeSlugParam, parsePageParam } from '@/lib/slug';

export function generateStaticParams() {
  return [{ slug: BUILD_SENTINEL, n: BUILD_SENTINEL }];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/author/[slug]/page/[n]'>) {
  const { locale, slug, n } = await params;
  const normalized = normalizeSlugParam(slug);
  const page = parsePageParam(n);
  if (!isLocale(locale) || !normalized || !page) return {};
  return listingMetadata('author', locale, normalized, page);
}

export default async function Page({ params }: PageProps<'/[locale]/author/[slug]/page/[n]'>) {
  const { locale, slug, n } = await params;
  const page = requirePage(n);
  return <ListingPage kind="author" locale={requireLocale(locale)} slug={requireSlug(slug)} page={page} />;
}
