import { locales } from '../i18n/config';
import { absoluteUrl, routes } from '../routes';

/**
 * Paths crawlers are asked to leave alone: the newsroom and the API, and per language staff
 * previews, comment pages (a form and the outcome of a submission, one per story) and search
 * results (endless combinations of queries; the pages also say `noindex`). Comment pages need a
 * wildcard for the story's slug (RFC 9309 `*`, read by the major crawlers). Everything else,
 * including images under /media, is for readers.
 */
export function disallowedPaths(): string[] {
  return [
    '/admin',
    '/api/',
    // The target of the proxy's 404 rewrites, reachable directly too.
    '/not-found-document/',
    ...locales.flatMap((locale) => [
      `${routes.home(locale)}/preview/`,
      `${routes.article(locale, '*')}/comment`,
      `${routes.home(locale)}/search`,
    ]),
  ];
}

/** `/robots.txt`: what crawlers may fetch, and where the sitemaps are (absolute `SITE_URL` URLs). */
export function robotsTxt(): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...disallowedPaths().map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${absoluteUrl(routes.sitemapIndex)}`,
    `Sitemap: ${absoluteUrl(routes.newsSitemap)}`,
    '',
  ].join('\n');
}
