// The view beacon's rules and its batch, in plain JavaScript: both the Next route
// (app/api/views) and the server in front of Next (scripts/server.mjs, which answers beacons
// without going through Next's router) take beacons in through `acceptBeacon`.
import crypto from 'node:crypto';
import { isbot } from 'isbot';
import { z } from 'zod';
import { clientIpFrom } from '../client-address.mjs';

/**
 * Why a request is no reader's view, or null when it counts. Speculative loads say so in a
 * header (`Sec-Purpose: prefetch` or `prefetch;prerender` from Chromium's speculation rules,
 * `Purpose: prefetch` from older browsers, `Next-Router-Prefetch` from Next's router); the
 * beacon itself waits for a visible page, so these only come from scripts replaying it. Crawlers
 * are recognised by their user agent with `isbot` (one maintained pattern, no dependencies),
 * which also names headless browsers; a request with no user agent at all is no browser.
 */
export function uncountedReason(headers) {
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''}`;
  if (/prefetch|prerender|preview/i.test(purpose) || headers.get('next-router-prefetch') !== null) return 'prefetch';
  const agent = headers.get('user-agent')?.trim() ?? '';
  if (!agent || isbot(agent)) return 'bot';
  return null;
}

/**
 * Who viewed, as far as counting needs: an HMAC of the address under a key derived from the
 * server secret and the UTC day. The same reader gives the same value all day (one view per
 * story per hour), another value tomorrow (no following anyone across days), and without the
 * secret the value cannot be matched against the few billion possible addresses. The address
 * itself is never stored.
 */
export function visitorKey(ip, now, secret) {
  const day = now.toISOString().slice(0, 10);
  const dailyKey = crypto.createHmac('sha256', `views:${secret}`).update(day).digest();
  return crypto.createHmac('sha256', dailyKey).update(ip).digest('base64url').slice(0, 22);
}

/** The longest body a beacon has (`id=` and an id); anything longer is no beacon. */
export const MAX_BEACON_BYTES = 64;

/** The beacon's body: `id=<article id>`, form-encoded (a type browsers send without a preflight). */
const beaconSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

/** The article id a beacon names, or null for anything else (including an oversized body). */
export function parseBeacon(body) {
  if (body.length > MAX_BEACON_BYTES) return null;
  const parsed = beaconSchema.safeParse({ id: new URLSearchParams(body).get('id') ?? undefined });
  return parsed.success ? parsed.data.id : null;
}

/**
 * Views wait in memory up to BATCH_MS, then go to the database together (lib/most-read
 * `countViews`): one statement a second per instance instead of one per view, so a flood of
 * beacons costs the database (on the embedded one, the server's own thread) next to nothing. A
 * view's hour is taken when it arrives, so waiting never moves it into the next bucket.
 */
export const BATCH_MS = 1000;
/**
 * Views one batch holds at most (about 100 bytes each). Past it, further views in that second
 * are dropped rather than kept, so no flood takes memory: the lists are then drawn from a
 * sample of the views, which keeps their order.
 */
export const MAX_BATCH = 5000;

// One batch per process, whichever copy of this module (the server's or Next's bundle) adds to it.
const STATE = Symbol.for('maydan.viewBatch');
const state = (globalThis[STATE] ??= { batch: new Map(), token: crypto.randomBytes(18).toString('base64url') });

/**
 * The header by which the server asks the Next route to count the batch (a request to itself,
 * so that counting runs where the database and the cache live). Its value is known only inside
 * this process; a request without it is an ordinary beacon.
 */
export const COUNT_HEADER = 'x-maydan-count-views';
export const countToken = () => state.token;

/** The current batch, emptied: the next view opens a new one. */
export function takeBatch() {
  const views = [...state.batch.values()];
  state.batch = new Map();
  return views;
}

/**
 * Takes a beacon in: from a browser on this site, not a prefetch or a crawler, naming an
 * article, and the server has its secret. The view joins the current batch (the same visitor and
 * story twice in a batch is one entry). 'lead' when it opened the batch: the caller then counts
 * the batch BATCH_MS later. 'ignored' for anything else, which is answered the same way.
 */
export function acceptBeacon(headers, body, now = new Date(), secret = process.env.CAPTCHA_SECRET) {
  // Browsers say where a request comes from: another site's page may not count views here.
  const site = headers.get('sec-fetch-site');
  if ((site && site !== 'same-origin') || uncountedReason(headers)) return 'ignored';
  const articleId = parseBeacon(body);
  if (articleId === null || !secret || state.batch.size >= MAX_BATCH) return 'ignored';
  const visitor = visitorKey(clientIpFrom(headers.get('x-forwarded-for'), headers.get('x-real-ip')), now, secret);
  const lead = state.batch.size === 0;
  state.batch.set(`${articleId}:${visitor}`, { articleId, visitor, at: now });
  return lead ? 'lead' : 'queued';
}
