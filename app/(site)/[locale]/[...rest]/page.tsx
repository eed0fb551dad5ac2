import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/site/json-ld';
import { StaticPageScreen } from '@/components/site/static-page-view';
import { getIdentity } from '@/lib/identity';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { getMessages } from '@/lib/i18n/messages';
import { BUILD_SENTINEL, requireLocale } from '@/lib/i18n/params';
import { getStaticPage } from '@/lib/pages';
import { staticPageMetadata } from '@/lib/pages/metadata';
import { routes } from '@/lib/routes';
import { staticWebPage } from '@/lib/seo/structured-data';
import { normalizeSlugParam } from '@/lib/slug';

export function generateStaticParams() {
  return [{ rest: [BUILD_SENTINEL] }];
}

/** `/{locale}/{slug}` is a static page's address; anything deeper is no page. */
function pageSlug(rest: string[]): string | null {
  return rest.length === 1 ? normalizeSlugParam(rest[0]!) : null;
}

async function find(locale: Locale, rest: string[]) {
  const slug = pageSlug(rest);
  return slug ? getStaticPage(locale, slug) : null;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[...rest]'>): Promise<Metadata> {
  const { locale, rest } = await params;
  if (!isLocale(locale)) return {};
  const [page, identity] = await Promise.all([find(locale, rest), getIdentity()]);
  return page ? staticPageMetadata(page, identity) : {};
}

/**
 * A static page (About, Contact, policies) at the top of its language, like WordPress pages;
 * any other path under a locale is a localized 404 (rendered by ../not-found.tsx). The proxy
 * answers unknown paths with the 404 document first (lib/reader-index.ts).
 */
export default async function StaticOrUnknownPage({ params }: PageProps<'/[locale]/[...rest]'>) {
  const { locale: rawLocale, rest } = await params;
  const locale = requireLocale(rawLocale);
  const page = await find(locale, rest);
  if (!page) notFound();
  const identity = await getIdentity();
  const path = routes.page(locale, page.slug);
  return (
    <>
      <StaticPageScreen page={page} locale={locale} />
      <JsonLd
        data={[
          staticWebPage({
            locale,
            name: page.title,
            description: page.seoDescription || page.dek || undefined,
            path,
            dateModified: page.updatedAt,
            crumbs: [
              { name: getMessages(locale).home, path: routes.home(locale) },
              { name: page.title, path },
            ],
            identity,
          }),
        ]}
      />
    </>
  );
}
