import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { cacheTags } from '../cache-tags';
import { locales } from '../i18n/config';
import { siteTimeZone } from '../i18n/format';
import { takeRequest, type RateDecision } from '../rate-limit';
import type { Locale } from '../i18n/config';
import { listSearchAuthors } from './authors';
import type { SearchQuery } from './params';
import { searchArticles, suggestSpelling } from './search';

export { MAX_QUERY_LENGTH, MAX_SEARCH_PAGES, SEARCH_PAGE_SIZE, parseSearchParams, searchHref } from './params';
export type { SearchHit, SearchResults } from './search';
export type { SearchAuthor } from './authors';

/** The results page of a language: where the header's and the browser's (OpenSearch) searches go. */
export function searchPath(locale: Locale): string {
  return `/${locale}/search`;
}

/** The OpenSearch description of a language's search (app/opensearch.xml/route.ts). */
export function openSearchPath(locale: Locale): string {
  return `/opensearch.xml?hl=${locale}`;
}

/**
 * Identical searches are answered from the cache for a short while. Any change to what readers
 * see in a language (publish, unpublish, edit, trash, section or tag renames: every write expires
 * `stories:<locale>`) expires the searches of that language at once.
 */
function cacheSearch(query: SearchQuery) {
  cacheLife({ stale: 30, revalidate: 60, expire: 300 });
  cacheTag(cacheTags.authors, ...(query.allLanguages ? locales : [query.locale]).map(cacheTags.stories));
}

export async function search(query: SearchQuery) {
  'use cache';
  cacheSearch(query);
  return searchArticles(getDb(), query, { timeZone: siteTimeZone() });
}

export async function spellingSuggestion(query: SearchQuery) {
  'use cache';
  cacheSearch(query);
  return suggestSpelling(getDb(), query.locale, query.q);
}

/** The search form's author filter: authors with a story readers see in the language. */
export async function getSearchAuthors(locale: Locale) {
  'use cache';
  cacheLife({ stale: 30, revalidate: 60, expire: 300 });
  cacheTag(cacheTags.authors, cacheTags.stories(locale));
  return listSearchAuthors(getDb(), locale);
}

/** Searches per address and minute (SEARCH_RATE_LIMIT, default 30; 0 turns the limit off). */
export function searchRateLimit() {
  const configured = Number(process.env.SEARCH_RATE_LIMIT ?? 30);
  return { bucket: 'search', limit: Number.isFinite(configured) ? configured : 30, windowSeconds: 60 };
}

export async function allowSearch(ip: string): Promise<RateDecision> {
  return takeRequest(getDb(), searchRateLimit(), ip);
}
