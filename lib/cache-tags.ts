import type { Locale } from './i18n/config';

/** Every cache tag the reader pages use. Writes call updateTag() with these. */
export const cacheTags = {
  /** Any change to the set of published stories in a locale (lists, related boxes). */
  stories: (locale: Locale) => `stories:${locale}`,
  home: (locale: Locale) => `home:${locale}`,
  article: (id: number) => `article:${id}`,
  /** A slug lookup, so publishing a story at a slug that was a 404 shows it at once. */
  articleSlug: (locale: Locale, slug: string) => `article-slug:${locale}:${slug}`,
  section: (id: number) => `section:${id}`,
  sections: 'sections',
  tag: (id: number) => `tag:${id}`,
  tags: (locale: Locale) => `tags:${locale}`,
  /** The same story in other languages ("Read in" links, hreflang). */
  translations: (groupId: string) => `translations:${groupId}`,
  authors: 'authors',
  settings: 'settings',
  /** The publication's name, tagline, footer, links and language order (lib/identity). */
  identity: 'identity',
  author: (id: number) => `author:${id}`,
  comments: (articleId: number) => `comments:${articleId}`,
  /** The language's public corrections log (lib/corrections). */
  corrections: (locale: Locale) => `corrections:${locale}`,
  /** The language's header and footer menus (lib/menus). */
  menus: (locale: Locale) => `menus:${locale}`,
  /** Any change to the language's static pages going online or offline (sitemaps, menus). */
  pages: (locale: Locale) => `pages:${locale}`,
  /** The language's breaking-news banner, on every reader page (lib/breaking). */
  breaking: (locale: Locale) => `breaking:${locale}`,
  /** The language's most-read lists (lib/most-read): refreshed early when a story enters them. */
  mostRead: (locale: Locale) => `most-read:${locale}`,
} as const;
