import { describe, expect, it } from 'vitest';
import {
  entersList,
  hourStart,
  MOST_READ_SIZE,
  parseBeacon,
  uncountedReason,
  visitorKey,
  windowStart,
} from '@/lib/most-read/rules';
import { acceptBeacon, MAX_BATCH, takeBatch } from '@/lib/most-read/beacon.mjs';

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
const headers = (init: Record<string, string>) => new Headers(init);

describe('what counts as a view', () => {
  it('counts browsers', () => {
    expect(uncountedReason(headers({ 'user-agent': CHROME }))).toBeNull();
    expect(uncountedReason(headers({ 'user-agent': SAFARI_IPHONE }))).toBeNull();
  });

  it('leaves out prefetches and prerenders, whichever header says so', () => {
    const prefetches: Record<string, string>[] = [
      { 'sec-purpose': 'prefetch' },
      { 'sec-purpose': 'prefetch;prerender' },
      { purpose: 'prefetch' },
      { 'x-purpose': 'preview' },
      { 'next-router-prefetch': '1' },
    ];
    for (const init of prefetches) expect(uncountedReason(headers({ 'user-agent': CHROME, ...init }))).toBe('prefetch');
  });

  it('leaves out crawlers, headless browsers and requests without a user agent', () => {
    for (const agent of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36',
      'curl/8.5.0',
      'python-requests/2.32.3',
      '',
    ])
      expect(uncountedReason(headers({ 'user-agent': agent })), agent).toBe('bot');
    expect(uncountedReason(headers({}))).toBe('bot');
  });
});

describe('the visitor key', () => {
  const noon = new Date('2026-03-01T12:00:00Z');
  it('is stable within a UTC day, differs by address, day and secret, and never holds the address', () => {
    const key = visitorKey('203.0.113.7', noon, 'secret');
    expect(visitorKey('203.0.113.7', new Date('2026-03-01T23:59:59Z'), 'secret')).toBe(key);
    expect(visitorKey('203.0.113.8', noon, 'secret')).not.toBe(key);
    expect(visitorKey('203.0.113.7', new Date('2026-03-02T00:00:00Z'), 'secret')).not.toBe(key);
    expect(visitorKey('203.0.113.7', noon, 'other')).not.toBe(key);
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(key).not.toContain('203');
  });
});

describe('hours and windows', () => {
  it('buckets by the hour (UTC) and ends windows with the current hour', () => {
    const now = new Date('2026-03-01T12:34:56Z');
    expect(hourStart(now).toISOString()).toBe('2026-03-01T12:00:00.000Z');
    expect(windowStart('day', now).toISOString()).toBe('2026-02-28T13:00:00.000Z');
    expect(windowStart('week', now).toISOString()).toBe('2026-02-22T13:00:00.000Z');
  });
});

describe('refreshing the list early', () => {
  const full = Array.from({ length: MOST_READ_SIZE }, (_, i) => ({ id: i + 1, views: 50 - i * 5 }));
  it('when the list has room, or this hour alone beats the last listed story', () => {
    expect(entersList([], 9, 1)).toBe(true);
    expect(entersList(full.slice(0, 2), 9, 1)).toBe(true);
    expect(entersList(full, 9, 30)).toBe(false);
    expect(entersList(full, 9, 31)).toBe(true);
  });
  it('not for a story already listed', () => {
    expect(entersList(full, 1, 1000)).toBe(false);
    expect(entersList(full.slice(0, 1), 1, 1)).toBe(false);
  });
});

describe('the beacon body', () => {
  it('is an article id, form-encoded; anything else is ignored', () => {
    expect(parseBeacon('id=42')).toBe(42);
    expect(parseBeacon('id=0')).toBeNull();
    expect(parseBeacon('id=-3')).toBeNull();
    expect(parseBeacon('id=1.5')).toBeNull();
    expect(parseBeacon('id=99999999999')).toBeNull();
    expect(parseBeacon('id=abc')).toBeNull();
    expect(parseBeacon('')).toBeNull();
    expect(parseBeacon(`id=1&pad=${'x'.repeat(100)}`)).toBeNull();
  });
});

describe('taking beacons in', () => {
  const browser = (extra: Record<string, string> = {}) =>
    headers({ 'user-agent': CHROME, 'sec-fetch-site': 'same-origin', 'x-forwarded-for': '198.51.100.7', ...extra });
  const now = new Date('2026-03-01T12:34:56Z');
  const SECRET = 'unit-secret-0123456789';

  it('batches views: the first opens the batch, the same reader and story again is one entry', () => {
    takeBatch();
    expect(acceptBeacon(browser(), 'id=7', now, SECRET)).toBe('lead');
    expect(acceptBeacon(browser(), 'id=7', now, SECRET)).toBe('queued');
    expect(acceptBeacon(browser({ 'x-forwarded-for': '198.51.100.8' }), 'id=7', now, SECRET)).toBe('queued');
    expect(acceptBeacon(browser(), 'id=8', now, SECRET)).toBe('queued');
    const batch = takeBatch();
    expect(batch.map((v) => v.articleId).sort()).toEqual([7, 7, 8]);
    expect(batch[0]).toEqual({ articleId: 7, visitor: visitorKey('198.51.100.7', now, SECRET), at: now });
    // Taken, the batch is empty: the next view opens a new one.
    expect(takeBatch()).toEqual([]);
    expect(acceptBeacon(browser(), 'id=7', now, SECRET)).toBe('lead');
    takeBatch();
  });

  it('ignores other sites, prefetches, crawlers, bad bodies and a server without its secret', () => {
    takeBatch();
    expect(acceptBeacon(browser({ 'sec-fetch-site': 'cross-site' }), 'id=7', now, SECRET)).toBe('ignored');
    expect(acceptBeacon(browser({ 'sec-purpose': 'prefetch' }), 'id=7', now, SECRET)).toBe('ignored');
    expect(acceptBeacon(browser({ 'user-agent': 'curl/8.5.0' }), 'id=7', now, SECRET)).toBe('ignored');
    expect(acceptBeacon(browser(), 'id=x', now, SECRET)).toBe('ignored');
    expect(acceptBeacon(browser(), 'id=7', now, '')).toBe('ignored');
    expect(takeBatch()).toEqual([]);
  });

  it('holds at most MAX_BATCH views a batch and drops the rest', () => {
    takeBatch();
    for (let i = 0; i < MAX_BATCH + 10; i++)
      acceptBeacon(browser({ 'x-forwarded-for': `10.0.${i >> 8}.${i & 255}` }), 'id=1', now, SECRET);
    expect(takeBatch()).toHaveLength(MAX_BATCH);
  });
});
