import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { cacheTags } from '../cache-tags';
import type { Locale } from '../i18n/config';
import { currentBreaking } from '.';

/**
 * The banner every reader page in `locale` shows, cached. A new or ended banner expires it (its
 * tag); an unpublished story's banner goes with the story (the language's stories tag). Its life
 * ends when a current banner does, so the pages that show it (which take the shortest life of
 * what they read) drop it on time without a deploy or a write.
 */
export async function getBreaking(locale: Locale) {
  'use cache';
  cacheTag(cacheTags.breaking(locale), cacheTags.stories(locale));
  const { banner, nextChange } = await currentBreaking(getDb(), locale);
  const seconds = nextChange ? Math.ceil((nextChange.getTime() - Date.now()) / 1000) : Infinity;
  if (seconds < 300) {
    const revalidate = Math.max(1, seconds);
    // As scheduled stories do (lib/articles lifeUntilNextScheduled): revalidate when it ends. A
    // stale time under 30 s or an expire under five minutes would make the entry "short-lived",
    // which Next 16 leaves out of prerendered pages (and a page with no Suspense around it then
    // fails); the first request after the end may still get the page being rebuilt.
    cacheLife({ stale: 30, revalidate, expire: 3600 });
  } else {
    cacheLife('reader');
  }
  return banner;
}
