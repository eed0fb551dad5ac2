import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { cacheTags } from '../cache-tags';
import type { Locale } from '../i18n/config';
import { listMostRead, type MostRead } from '.';

/**
 * The language's most-read lists, cached like other reader reads ('reader': re-read at most every
 * five minutes, so counts move on by themselves). A story that goes offline leaves at once (the
 * language's stories tag), a renamed one shows its new headline (its article tag), and a story
 * that clearly enters the 24-hour list refreshes it early (the most-read tag, app/api/views).
 */
export async function getMostRead(locale: Locale): Promise<MostRead> {
  'use cache';
  cacheTag(cacheTags.mostRead(locale), cacheTags.stories(locale));
  cacheLife('reader');
  const lists = await listMostRead(getDb(), locale);
  const ids = new Set([...lists.day, ...lists.week].map((s) => s.id));
  if (ids.size > 0) cacheTag(...[...ids].map(cacheTags.article));
  return lists;
}
