import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { cacheTags } from '../cache-tags';
import { getIdentity } from '../identity';
import { defaultLocale, locales, type Locale } from '../i18n/config';
import { buildNewsSitemap, buildSitemap, buildSitemapIndex } from './build';
import { SITEMAP_MAX_URLS, type SitemapFile, type SitemapKind } from './plan';
import { getNextScheduledAt, listSitemapChunks } from './queries';

const READER_REVALIDATE = 300;

/**
 * Sitemaps hide stories whose time has not come; an entry must not outlive that moment, so a
 * scheduled story is listed on time without a cron job (as the reader lists do). Sitemaps link
 * across languages, so the next scheduled story of any language counts.
 */
async function lifeUntilNextScheduled() {
  const next = await getNextScheduledAt(getDb());
  const seconds = next ? Math.ceil((next.getTime() - Date.now()) / 1000) : Infinity;
  if (seconds < READER_REVALIDATE) {
    const revalidate = Math.max(1, seconds);
    cacheLife({ stale: Math.min(revalidate, 30), revalidate, expire: 3600 });
  } else {
    cacheLife('reader');
  }
}

/**
 * The tags that expire a kind's sitemap. Any publish, unpublish or edit expires `stories:<locale>`
 * of its language (and the hreflang links of other languages point at it, so all languages
 * count); renames expire `sections`, `tags:<locale>` or `authors`.
 */
function tagsFor(locale: Locale, kind: SitemapKind): string[] {
  const stories = locales.map(cacheTags.stories);
  if (kind === 'sections') return [...stories, cacheTags.sections];
  if (kind === 'tags') return [cacheTags.stories(locale), cacheTags.tags(locale)];
  if (kind === 'authors') return [...stories, cacheTags.authors];
  // The home pages and the static pages, with their other languages.
  if (kind === 'pages') return [...stories, ...locales.map(cacheTags.pages)];
  return stories;
}

async function getChunks(locale: Locale, kind: Exclude<SitemapKind, 'pages'>) {
  'use cache';
  cacheTag(...tagsFor(locale, kind));
  await lifeUntilNextScheduled();
  return listSitemapChunks(getDb(), locale, kind, SITEMAP_MAX_URLS);
}

/** `/sitemap.xml`: every file of every language. */
export async function getSitemapIndexXml(): Promise<string> {
  'use cache';
  cacheTag(
    ...locales.map(cacheTags.stories),
    ...locales.map(cacheTags.tags),
    ...locales.map(cacheTags.pages),
    cacheTags.sections,
    cacheTags.authors,
  );
  await lifeUntilNextScheduled();
  return buildSitemapIndex(getDb(), getChunks);
}

/** One file of a language's sitemap, or null when it does not exist. */
export async function getSitemapXml(locale: Locale, kind: SitemapKind, page: number): Promise<string | null> {
  'use cache';
  cacheTag(...tagsFor(locale, kind));
  await lifeUntilNextScheduled();
  const file: SitemapFile = { locale, kind, page };
  return buildSitemap(getDb(), file, getChunks, defaultLocale());
}

/** `/news-sitemap.xml`. Its two-day window moves on at most one revalidation (5 minutes) late. */
export async function getNewsSitemapXml(): Promise<string> {
  'use cache';
  cacheTag(...locales.map(cacheTags.stories));
  await lifeUntilNextScheduled();
  return buildNewsSitemap(getDb(), await getIdentity());
}

/** How every sitemap answers. */
export function xmlResponse(xml: string): Response {
  return new Response(xml, {
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      // Fresh from the server's cache on every fetch, so a publish shows at once.
      'cache-control': 'public, max-age=0, must-revalidate',
    },
  });
}
