import 'server-only';
import { cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { lifeUntilNextScheduled } from '../articles';
import { cacheTags } from '../cache-tags';
import type { Locale } from '../i18n/config';
import { listCorrectionsLog } from '.';

/**
 * One page of the language's corrections log, cached: a new correction expires it, and so does
 * any change to which stories readers can see (an unpublished story's corrections leave the log).
 */
export async function getCorrectionsLog(locale: Locale, page: number) {
  'use cache';
  cacheTag(cacheTags.corrections(locale), cacheTags.stories(locale));
  await lifeUntilNextScheduled(locale);
  return listCorrectionsLog(getDb(), locale, page);
}
