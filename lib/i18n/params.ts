import { notFound } from 'next/navigation';
import { isLocale, type Locale } from './config';
import { normalizeSlugParam, parsePageParam } from '../slug';

/**
 * Route params checked before any data read. Unknown values answer 404 here, at the top of
 * the page and outside any <Suspense>, so the status is a real 404 (see NEXT16-NOTES).
 */
export function requireLocale(value: string): Locale {
  if (!isLocale(value)) notFound();
  return value;
}

export function requireSlug(value: string): string {
  const slug = normalizeSlugParam(value);
  if (!slug) notFound();
  return slug;
}

/** `/page/N` with N ≥ 2; page 1 lives at the listing's own URL. */
export function requirePage(value: string): number {
  const page = parsePageParam(value);
  if (!page || page < 2) notFound();
  return page;
}

/**
 * Under Cache Components every dynamic segment needs at least one static param. This one is
 * never a real locale or slug, so build-time prerendering answers 404 and reads no database.
 */
export const BUILD_SENTINEL = '_build';
