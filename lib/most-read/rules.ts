// Pure rules of the most-read count (no database): unit tests import them.
import crypto from 'node:crypto';
import { isbot } from 'isbot';
import { z } from 'zod';

/** How many stories each list shows. */
export const MOST_READ_SIZE = 5;

/** The two windows readers choose between, in hours. */
export const MOST_READ_WINDOWS = { day: 24, week: 7 * 24 } as const;
export type MostReadWindow = keyof typeof MOST_READ_WINDOWS;

/** Dedupe rows are needed for the current hour only; one more hour covers clocks a little apart. */
export const SEEN_KEEP_HOURS = 2;
/** Hourly buckets outlive the longest window by a day, then go. */
export const BUCKET_KEEP_HOURS = MOST_READ_WINDOWS.week + 24;

const HOUR_MS = 3600_000;

/** The start of `now`'s hour (UTC): the bucket and the dedupe period a view belongs to. */
export function hourStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
}

/** The first hour bucket inside a window ending at `now` (the current hour is the last). */
export function windowStart(window: MostReadWindow, now: Date): Date {
  return new Date(hourStart(now).getTime() - (MOST_READ_WINDOWS[window] - 1) * HOUR_MS);
}

export type Uncounted = 'prefetch' | 'bot';

/**
 * Why a request is no reader's view, or null when it counts. Speculative loads say so in a
 * header (`Sec-Purpose: prefetch` or `prefetch;prerender` from Chromium's speculation rules,
 * `Purpose: prefetch` from older browsers, `Next-Router-Prefetch` from Next's router); the
 * beacon itself waits for a visible page, so these only come from scripts replaying it. Crawlers
 * are recognised by their user agent with `isbot` (one maintained pattern, no dependencies),
 * which also names headless browsers; a request with no user agent at all is no browser.
 */
export function uncountedReason(headers: Headers): Uncounted | null {
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''}`;
  if (/prefetch|prerender|preview/i.test(purpose) || headers.has('next-router-prefetch')) return 'prefetch';
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
export function visitorKey(ip: string, now: Date, secret: string): string {
  const day = now.toISOString().slice(0, 10);
  const dailyKey = crypto.createHmac('sha256', `views:${secret}`).update(day).digest();
  return crypto.createHmac('sha256', dailyKey).update(ip).digest('base64url').slice(0, 22);
}

export type RankedStory = { id: number; views: number };

/**
 * Whether a story that just got a view now certainly belongs in the cached 24-hour list, so the
 * list should be refreshed at once instead of when its cache ends: the list has room, or this
 * hour alone gave the story more views than the last listed story has over the whole day. A
 * story that climbs more slowly shows when the list's cache ends (a few minutes). Constant
 * cost: it compares against the cached list, no query.
 */
export function entersList(list: readonly RankedStory[], articleId: number, hourViews: number): boolean {
  if (list.some((s) => s.id === articleId)) return false;
  if (list.length < MOST_READ_SIZE) return true;
  const last = list[list.length - 1];
  return !last || hourViews > last.views;
}

/** The beacon's body: `id=<article id>`, form-encoded (a type browsers send without a preflight). */
const beaconSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

/** The article id a beacon names, or null for anything else (including an oversized body). */
export function parseBeacon(body: string): number | null {
  if (body.length > 64) return null;
  const parsed = beaconSchema.safeParse({ id: new URLSearchParams(body).get('id') ?? undefined });
  return parsed.success ? parsed.data.id : null;
}
