import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { cacheTags } from '../cache-tags';
import { readCommentSettings } from '../settings';
import { isClosed } from './rules';

/** Whether the form shows under an article: its own switch, and the site-wide closing age. */
export async function areCommentsOpen(commentsOpen: boolean, publishedAt: string): Promise<boolean> {
  'use cache';
  cacheTag(cacheTags.settings);
  cacheLife('reader');
  const settings = await readCommentSettings(getDb());
  return !isClosed(settings, commentsOpen, new Date(publishedAt), new Date());
}
