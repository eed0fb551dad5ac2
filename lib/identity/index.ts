import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { cacheTags } from '../cache-tags';
import { defaultIdentity, type Identity } from './identity';
import { readIdentity } from './settings';

/**
 * The publication's identity for reader pages, cached until an admin changes it (the
 * `identity` tag expires every page, feed and card that shows it, and nothing else).
 */
export async function getIdentity(): Promise<Identity> {
  // `next build` renders a placeholder language only (lib/i18n/params.ts) and must not read the
  // database. The check is outside the cached function, so no build-time value is ever cached.
  if (process.env.NEXT_PHASE === 'phase-production-build') return defaultIdentity();
  return cachedIdentity();
}

async function cachedIdentity(): Promise<Identity> {
  'use cache';
  cacheTag(cacheTags.identity);
  cacheLife('max');
  return readIdentity(getDb());
}
