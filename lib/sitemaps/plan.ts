import { isLocale, type Locale } from '../i18n/config';
import { absoluteUrl, routes } from '../routes';
import { pageAlternates } from '../seo/alternates';

/**
 * How the sitemaps are laid out: per language, one file per kind of page, cut into files of at
 * most SITEMAP_MAX_URLS URLs (the protocol's limit is 50,000 and 50 MB; 10,000 keeps a file of
 * stories with their images and alternates well under the size limit and quick to render).
 *
 * `pages` holds the language's home page and its static pages (about, contact…).
 */
export const SITEMAP_KINDS = ['pages', 'articles', 'sections', 'tags', 'authors'] as const;
export type SitemapKind = (typeof SITEMAP_KINDS)[number];

export const SITEMAP_MAX_URLS = 10_000;
/** Google News reads stories of the last two days, at most 1,000 per sitemap. */
export const NEWS_MAX_URLS = 1_000;
export const NEWS_WINDOW_HOURS = 48;
/** The protocol allows up to 1,000 images per page. */
export const MAX_IMAGES_PER_URL = 1_000;

export type SitemapFile = { locale: Locale; kind: SitemapKind; page: number };

const FILE_NAME = /^sitemap-([a-z]{2})-([a-z]+)-([1-9][0-9]{0,5})\.xml$/;

/** Reads a sitemap file's public path (`/sitemap-en-articles-2.xml`) back; null for anything else. */
export function parseSitemapPath(pathname: string): SitemapFile | null {
  const match = FILE_NAME.exec(pathname.replace(/^\//, ''));
  if (!match) return null;
  const [, locale, kind, page] = match;
  if (!isLocale(locale) || !(SITEMAP_KINDS as readonly string[]).includes(kind!)) return null;
  return { locale, kind: kind as SitemapKind, page: Number(page) };
}

export type Alternate = { hreflang: string; href: string };

/**
 * The `hreflang` links of one page: each language version readers can open, then `x-default`,
 * by the one rule the pages' own metadata follows (lib/seo/alternates.ts), so that a page and
 * the sitemap never disagree.
 */
export function alternateLinks(versions: { locale: Locale; path: string }[], preferred: Locale): Alternate[] {
  const [first, ...rest] = versions;
  if (!first) return [];
  const { languages } = pageAlternates(first, rest, undefined, preferred);
  return Object.entries(languages).map(([hreflang, href]) => ({ hreflang, href }));
}

/** The public URL of one sitemap file. */
export function sitemapUrl(file: SitemapFile): string {
  return absoluteUrl(routes.sitemap(file.locale, file.kind, file.page));
}
