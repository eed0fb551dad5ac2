/**
 * What an article row is: a story (dated, in lists, feeds and search) or a static page (About,
 * Contact, policies: at `/{locale}/{slug}`, in no list). Both share the editor, revisions and
 * workflow; the kind is fixed when the row is created. Pure: the editor imports it too.
 */
export const articleKinds = ['story', 'page'] as const;
export type ArticleKind = (typeof articleKinds)[number];

/**
 * First path segments a locale's reader routes use: a page may not take one of these slugs,
 * or its URL would be another route's (app/(site)/[locale]/…). Kept in step with that folder
 * by a unit test.
 */
export const reservedPageSlugs = [
  'article',
  'author',
  'comments',
  'corrections',
  'feed',
  'manifest.webmanifest',
  'not-found',
  'page',
  'preview',
  'search',
  'section',
  'share.png',
  'tag',
] as const;

export function isReservedPageSlug(slug: string): boolean {
  return (reservedPageSlugs as readonly string[]).includes(slug);
}
