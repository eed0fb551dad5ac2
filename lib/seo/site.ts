import type { Locale } from '@/lib/i18n/config';
import { getMessages } from '@/lib/i18n/messages';

/**
 * The publication's name in a language. The one source of it for titles, Open Graph and
 * structured data: when the identity settings arrive, only this function changes.
 */
export function siteName(locale: Locale): string {
  return getMessages(locale).siteName;
}

/** The publication's one-line description in a language (home page, organization). */
export function siteDescription(locale: Locale): string {
  return getMessages(locale).tagline;
}

/** Between a page's headline and the site name, in every language (an em dash, spaced). */
export const TITLE_SEPARATOR = ' — ';

/** "Headline — Site name". */
export function pageTitle(headline: string, site: string): string {
  const text = headline.trim();
  return text ? `${text}${TITLE_SEPARATOR}${site}` : site;
}

/**
 * The site's default logo (public/brand/logo.png), used as the publisher's logo in structured
 * data until a logo setting exists. Its real size in pixels goes with it.
 */
export const DEFAULT_LOGO = { path: '/brand/logo.png', width: 512, height: 512 } as const;
