import 'server-only';
import { cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { lifeUntilNextScheduled } from '../articles';
import { cacheTags } from '../cache-tags';
import type { Locale } from '../i18n/config';
import type { MenuName } from './kinds';
import { loadMenu, type MenuLink } from './queries';

/**
 * A language's header or footer menu as readers see it, on every reader page. Expired by a menu
 * edit, and by whatever decides which links are shown: a page, section or tag renamed, a story or
 * page going online or offline (a menu hides links to what readers cannot open).
 */
export async function getMenu(locale: Locale, menu: MenuName): Promise<MenuLink[]> {
  'use cache';
  cacheTag(
    cacheTags.menus(locale),
    cacheTags.pages(locale),
    cacheTags.stories(locale),
    cacheTags.sections,
    cacheTags.tags(locale),
  );
  await lifeUntilNextScheduled(locale, 'any');
  return loadMenu(getDb(), locale, menu);
}
