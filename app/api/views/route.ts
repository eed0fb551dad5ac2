import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { getDb } from '@/db';
import { cacheTags } from '@/lib/cache-tags';
import { clientIp } from '@/lib/client-ip';
import type { Locale } from '@/lib/i18n/config';
import { log } from '@/lib/log';
import { countViews } from '@/lib/most-read';
import { BATCH_MS, queueView, takeBatch } from '@/lib/most-read/queue';
import { getMostRead } from '@/lib/most-read/reader';
import { entersList, parseBeacon, uncountedReason, visitorKey } from '@/lib/most-read/rules';

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
 * Counts the batch a moment after the view that opened it, once this answer is sent (a beacon's
 * answer is awaited by no one), inside the request's `after` so the early refresh may expire the
 * cache. A view still waiting when the server stops is lost (one second's at most).
 */
async function countBatch() {
  await new Promise((resolve) => setTimeout(resolve, BATCH_MS));
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
 * not views. Views are counted in batches of a second (lib/most-read/queue.ts). Always answers
 * 204 without a cookie, so it tells a script nothing either.
 */
export async function POST(request: Request) {
  const { headers } = request;
  // Browsers say where a request comes from: another site's page may not count views here.
  const site = headers.get('sec-fetch-site');
  if ((site && site !== 'same-origin') || uncountedReason(headers)) return done();
  const articleId = parseBeacon(await request.text());
  const secret = process.env.CAPTCHA_SECRET;
  if (articleId === null || !secret) return done();
  const now = new Date();
  if (queueView({ articleId, visitor: visitorKey(clientIp(headers), now, secret), at: now }) === 'lead')
    after(countBatch);
  return done();
}
