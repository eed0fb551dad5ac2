import 'server-only';
import { cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { lifeUntilNextScheduled } from '../articles';
import { cacheTags } from '../cache-tags';
import type { Locale } from '../i18n/config';
import { MAX_SLUG_LENGTH } from '../slug';
import { loadStaticPage, type StaticPage } from './queries';

export type { StaticPage } from './queries';

/**
 * A static page as readers see it, cached until it changes: its slug's tag (publishing a page at
 * a slug that was a 404 shows it at once), its own tag and its translations'. A page scheduled
 * for later bounds the entry's life, as scheduled stories bound the lists.
 */
export async function getStaticPage(locale: Locale, slug: string): Promise<StaticPage | null> {
  'use cache';
  cacheTag(cacheTags.articleSlug(locale, slug));
  await lifeUntilNextScheduled(locale, 'page');
  if (slug.length > MAX_SLUG_LENGTH) return null;
  const page = (await loadStaticPage(getDb(), { readers: true, locale, slug }))?.page ?? null;
  if (page) cacheTag(cacheTags.article(page.id), cacheTags.translations(page.translationGroupId));
  return page;
}
