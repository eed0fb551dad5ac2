import 'server-only';
import { updateTag } from 'next/cache';
import { invalidateReaderIndex } from './reader-index';

/**
 * Expires reader caches after a write. Must run inside a server action: updateTag makes the
 * change visible on the very next request (revalidateTag would serve stale once).
 */
export function expireTags(tags: Iterable<string>) {
  for (const tag of new Set(tags)) updateTag(tag);
  invalidateReaderIndex();
}
