import type { Locale } from './i18n/config';

/** What a feed follows: the language's stories, a section, tag or author, or comments. */
export type FeedOf =
  | { kind: 'site' | 'comments' }
  | { kind: 'section' | 'tag' | 'author'; slug: string }
  /** One story's comments. */
  | { kind: 'article'; slug: string };

/** Every reader URL, built in one place. Slugs are percent-encoded here. */
export const routes = {
  home: (locale: Locale) => `/${locale}`,
  article: (locale: Locale, slug: string) => `/${locale}/article/${encodeURIComponent(slug)}`,
  /** A static page (About, Contact…): at the top of its language, like WordPress pages. */
  page: (locale: Locale, slug: string) => `/${locale}/${encodeURIComponent(slug)}`,
  /** The comment page: the form with a fresh question, outcomes of submissions without JavaScript. */
  commentPage: (locale: Locale, slug: string, replyTo?: number) =>
    `/${locale}/article/${encodeURIComponent(slug)}/comment${replyTo ? `?replyto=${replyTo}` : ''}#respond`,
  section: (locale: Locale, slug: string, page = 1) =>
    `/${locale}/section/${encodeURIComponent(slug)}${page > 1 ? `/page/${page}` : ''}`,
  tag: (locale: Locale, slug: string, page = 1) =>
    `/${locale}/tag/${encodeURIComponent(slug)}${page > 1 ? `/page/${page}` : ''}`,
  author: (locale: Locale, slug: string, page = 1) =>
    `/${locale}/author/${encodeURIComponent(slug)}${page > 1 ? `/page/${page}` : ''}`,
  /** The language's public log of corrections, newest first (lib/corrections). */
  corrections: (locale: Locale, page = 1) => `/${locale}/corrections${page > 1 ? `/page/${page}` : ''}`,
  /** A story's generated link-preview card (lib/share); `v` changes with what it shows. */
  articleCard: (locale: Locale, slug: string, v?: string) =>
    `/${locale}/article/${encodeURIComponent(slug)}/share.png${v ? `?v=${v}` : ''}`,
  /** The language's own card: logo, site name and tagline (home and listing pages). */
  siteCard: (locale: Locale, v?: string) => `/${locale}/share.png${v ? `?v=${v}` : ''}`,
  /** The web app manifest in a language (the root one is the default language's). */
  manifest: (locale: Locale) => `/${locale}/manifest.webmanifest`,
  media: (path: string) => `/media/${path.split('/').map(encodeURIComponent).join('/')}`,
  notFound: (locale: Locale) => `/${locale}/not-found`,
  robots: '/robots.txt',
  sitemapIndex: '/sitemap.xml',
  newsSitemap: '/news-sitemap.xml',
  /** Where article pages send their view beacon (app/api/views, lib/most-read). */
  viewBeacon: '/api/views',
  /**
   * One file of a language's sitemap (lib/sitemaps/plan.ts reads these names back). At the root,
   * because a sitemap may only list URLs below its own folder.
   */
  sitemap: (locale: Locale, kind: string, page: number) => `/sitemap-${locale}-${kind}-${page}.xml`,
  /** RSS 2.0 at `…/feed`, Atom at `…/feed/atom`. */
  feed: (locale: Locale, of: FeedOf, format: 'rss' | 'atom' = 'rss') =>
    `/${locale}${'slug' in of ? `/${of.kind}/${encodeURIComponent(of.slug)}` : of.kind === 'comments' ? '/comments' : ''}/feed${format === 'atom' ? '/atom' : ''}`,
} as const;

export function absoluteUrl(path: string): string {
  const base = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');
  return `${base}${path}`;
}
