import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { getDb } from '@/db';
import { cacheTags } from '@/lib/cache-tags';
import type { Locale } from '@/lib/i18n/config';
import { log } from '@/lib/log';
import { countViews } from '@/lib/most-read';
import {
  acceptBeacon,
  BATCH_MS,
  COUNT_HEADER,
  countToken,
  MAX_BEACON_BYTES,
  takeBatch,
} from '@/lib/most-read/beacon.mjs';
import { getMostRead } from '@/lib/most-read/reader';
import { entersList } from '@/lib/most-read/rules';

/**
 * An early refresh regenerates every page of the language that shows the box: at most one per
 * language every few seconds on this instance, whatever a flood of beacons pushes up and down.
 */
const REFRESH_GAP_MS = 10_000;
const lastRefresh = new Map<string, number>();

function refreshSoon(locale: Locale, now: number) {
  if (now - (lastRefresh.get(locale) ?? 0) < REFRESH_GAP_MS) return;
  lastRefresh.set(locale, now);
  // Stale-while-revalidate: the next reader still gets the cached page at once, and starts its rebuild.
  revalidateTag(cacheTags.mostRead(locale), 'max');
}

/**
 * Counts the batch of views taken in (lib/most-read/beacon.mjs) and refreshes a language's
 * lists early when a story certainly enters them.
 */
async function countBatch() {
  const views = takeBatch();
  try {
    for (const story of await countViews(getDb(), views)) {
      if (story.hourViews === null) continue;
      // The cached list is read from memory here: comparing costs no query.
      const { day } = await getMostRead(story.locale);
      if (entersList(day, story.articleId, story.hourViews)) refreshSoon(story.locale, Date.now());
    }
  } catch (error) {
    log.error({ scope: 'views', err: error, views: views.length }, 'views not counted');
  }
}

/** Nothing to read, nothing to keep: the same empty answer whatever happened. */
const done = () =>
  new Response(null, { status: 204, headers: { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' } });

/**
 * The view beacon of an article page (components/site/view-beacon.tsx): `id=<article id>`.
 * Counts at most one view per reader address (kept only as a daily-keyed hash) and story per
 * hour, for stories readers can see, from browsers on this site; prefetches and crawlers are
 * not views. Views are counted in batches of a second. Always answers 204 without a cookie, so
 * it tells a script nothing either.
 *
 * Behind Maydan's server (scripts/server.mjs) beacons never reach this route: the server takes
 * them in itself, without Next's router, and asks here (with the process's own token) only for
 * the batch to be counted, once a second. Under `next dev` or `next start` this route takes them.
 */
export async function POST(request: Request) {
  if (request.headers.get(COUNT_HEADER) === countToken()) {
    await countBatch();
    return done();
  }
  const body = (await request.text()).slice(0, MAX_BEACON_BYTES + 1);
  // The view that opened a batch counts it a moment later, once this answer is sent (a beacon's
  // answer is awaited by no one), inside the request's `after` so the early refresh may expire
  // the cache. Views still waiting when the server stops are lost (one second's at most).
  if (acceptBeacon(request.headers, body) === 'lead')
    after(async () => {
      await new Promise((resolve) => setTimeout(resolve, BATCH_MS));
      await countBatch();
    });
  return done();
}
