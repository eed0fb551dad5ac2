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
