// Pure rules of the most-read count (no database): unit tests import them.

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

export { uncountedReason, visitorKey, parseBeacon, type Uncounted } from './beacon.mjs';

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
