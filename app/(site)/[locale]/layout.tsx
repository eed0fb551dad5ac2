import type { Metadata, Viewport } from 'next';
import '../../globals.css';
import { FeedLinks } from '@/components/site/feed-links';
import { inter, naskh } from '@/lib/fonts';
import { direction, isLocale } from '@/lib/i18n/config';
import { getMessages } from '@/lib/i18n/messages';
import { BUILD_SENTINEL } from '@/lib/i18n/params';
import { absoluteUrl, routes } from '@/lib/routes';
import { getIdentity } from '@/lib/identity';
import { pageTitle } from '@/lib/seo/site';

export function generateStaticParams() {
  return [{ locale: BUILD_SENTINEL }];
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#121212' },
  ],
};

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale: value } = await params;
  const locale = isLocale(value) ? value : 'en';
  const identity = await getIdentity();
  const site = identity.name[locale];
  return {
    metadataBase: new URL(absoluteUrl('/')),
    title: { default: site, template: pageTitle('%s', site) },
    description: identity.tagline[locale] || undefined,
    manifest: routes.manifest(locale),
  };
}

export default async function SiteLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale: value } = await params;
  // Unknown locales never reach here in practice (proxy.ts redirects them); the build sentinel does.
  const locale = isLocale(value) ? value : 'en';
  const t = getMessages(locale);
  return (
    <html lang={locale} dir={direction(locale)} className={`${inter.variable} ${naskh.variable}`}>
      <body className="min-h-screen">
        <a href="#main" className="skip-link">
          {t.skipToContent}
        </a>
        <FeedLinks locale={locale} feeds={[{ kind: 'site' }]} />
        {children}
      </body>
    </html>
  );
}
