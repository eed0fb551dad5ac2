import type { MetadataRoute } from 'next';
import { direction, type Locale } from '../i18n/config';
import { routes } from '../routes';
import type { Identity } from '../identity/identity';
import { DEFAULT_LOGO } from '../seo/site';
import { BRAND_ACCENT, BRAND_PAPER } from './brand';

/**
 * What a phone needs to add the site to its home screen, in one language: the name, where it
 * opens, the colours of its splash screen and bar, the icons (app/icon.png, the logo).
 */
export function webManifest(
  locale: Locale,
  identity: Identity,
): MetadataRoute.Manifest & { dir: 'ltr' | 'rtl'; lang: string } {
  return {
    name: identity.name[locale],
    short_name: identity.name[locale],
    description: identity.tagline[locale],
    lang: locale,
    dir: direction(locale),
    id: routes.home(locale),
    start_url: routes.home(locale),
    scope: '/',
    display: 'standalone',
    background_color: BRAND_PAPER,
    theme_color: BRAND_ACCENT,
    icons: [
      { src: '/icon.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      {
        src: DEFAULT_LOGO.path,
        sizes: `${DEFAULT_LOGO.width}x${DEFAULT_LOGO.height}`,
        type: 'image/png',
        purpose: 'any',
      },
    ],
  };
}
