import type { Metadata } from 'next';
import Link from 'next/link';
import { JsonLd } from '@/components/site/json-ld';
import { MostReadBox } from '@/components/site/most-read';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { StoryCard } from '@/components/site/story-card';
import { StoryGrid } from '@/components/site/story-list';
import { getHome } from '@/lib/articles';
import { isLocale, locales } from '@/lib/i18n/config';
import { getMessages } from '@/lib/i18n/messages';
import { requireLocale } from '@/lib/i18n/params';
import { routes } from '@/lib/routes';
import { fill } from '@/lib/i18n/format';
import { readerMetadata } from '@/lib/seo/metadata';
import { getIdentity } from '@/lib/identity';
import { pageTitle } from '@/lib/seo/site';
import { homeStructuredData } from '@/lib/seo/structured-data';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale: value } = await params;
  if (!isLocale(value)) return {};
  const locale = value;
  const identity = await getIdentity();
  const site = identity.name[locale];
  const tagline = identity.tagline[locale];
  return readerMetadata(
    {
      locale,
      headline: site,
      fullTitle: tagline ? pageTitle(site, tagline) : site,
      description: tagline || undefined,
      path: routes.home(locale),
      translations: locales.map((l) => ({ locale: l, path: routes.home(l) })),
      // `/` sends each reader to their language.
      xDefault: '/',
    },
    identity,
  );
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = requireLocale((await params).locale);
  const t = getMessages(locale);
  const [home, identity] = await Promise.all([getHome(locale), getIdentity()]);
  return (
    <>
      <SiteHeader locale={locale} alternates={locales.map((l) => ({ locale: l, href: routes.home(l) }))} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="sr-only">
          {identity.tagline[locale]
            ? pageTitle(identity.name[locale], identity.tagline[locale])
            : identity.name[locale]}
        </h1>
        {home.lead ? (
          <section aria-labelledby="lead-heading" className="border-b border-rule pb-8">
            <h2 id="lead-heading" className="sr-only">
              {t.leadStory}
            </h2>
            <StoryCard story={home.lead} variant="lead" priority />
          </section>
        ) : (
          <p className="text-muted">{t.noArticles}</p>
        )}
        {home.latest.length > 0 && (
          <section aria-labelledby="latest-heading" className="mt-10">
            <h2 id="latest-heading" className="mb-6 border-b-2 border-ink pb-1 text-xl font-extrabold">
              {t.latest}
            </h2>
            <StoryGrid stories={home.latest} />
          </section>
        )}
        <MostReadBox locale={locale} className="mt-10" />
        {home.sections.map((section) => (
          <section key={section.id} aria-labelledby={`section-${section.id}`} className="mt-12">
            <h2 id={`section-${section.id}`} className="mb-6 border-b-2 border-ink pb-1 text-xl font-extrabold">
              <Link href={routes.section(locale, section.slug)} className="hover:text-accent">
                {section.name}
              </Link>
            </h2>
            <StoryGrid stories={section.stories} />
            <p className="mt-4">
              <Link
                href={routes.section(locale, section.slug)}
                className="inline-flex min-h-6 items-center text-sm font-semibold text-accent hover:underline"
              >
                {fill(t.moreIn, { section: section.name })}
              </Link>
            </p>
          </section>
        ))}
      </main>
      <SiteFooter locale={locale} />
      <JsonLd data={homeStructuredData(locale, identity)} />
    </>
  );
}
