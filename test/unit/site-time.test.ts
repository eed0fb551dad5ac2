import { describe, expect, it } from 'vitest';
import { parseSiteTime, toSiteTimeInput } from '@/lib/site-time';

describe('times typed in the site’s zone', () => {
  it('reads a wall-clock time in the zone, with or without seconds', () => {
    expect(parseSiteTime('2026-12-02T15:30', 'UTC')!.toISOString()).toBe('2026-12-02T15:30:00.000Z');
    expect(parseSiteTime('2026-12-02T15:30:45', 'Africa/Tunis')!.toISOString()).toBe('2026-12-02T14:30:45.000Z');
    expect(parseSiteTime('2026-07-01T09:00', 'Europe/Paris')!.toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(parseSiteTime('2026-01-01T09:00', 'Europe/Paris')!.toISOString()).toBe('2026-01-01T08:00:00.000Z');
    expect(parseSiteTime('2026-12-02T08:00', 'America/New_York')!.toISOString()).toBe('2026-12-02T13:00:00.000Z');
  });

  it('refuses what is not a real date and time', () => {
    for (const bad of ['', 'tomorrow', '2026-02-30T10:00', '2026-12-02T24:00', '2026-12-02 15:30', '2026-12-02T15:60'])
      expect(parseSiteTime(bad, 'UTC'), bad).toBeNull();
  });

  it('crosses a change of clocks: a skipped time reads one hour on, a repeated one its later pass', () => {
    // Paris, 29 March 2026: 02:00 jumps to 03:00. 25 October 2026: 03:00 falls back to 02:00.
    expect(parseSiteTime('2026-03-29T01:30', 'Europe/Paris')!.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(parseSiteTime('2026-03-29T03:30', 'Europe/Paris')!.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(parseSiteTime('2026-03-29T02:30', 'Europe/Paris')!.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(parseSiteTime('2026-10-25T02:30', 'Europe/Paris')!.toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });

  it('writes an instant back as the form shows it', () => {
    const at = new Date('2026-12-02T14:30:45Z');
    expect(toSiteTimeInput(at, 'Africa/Tunis')).toBe('2026-12-02T15:30');
    expect(parseSiteTime(toSiteTimeInput(at, 'Asia/Beirut'), 'Asia/Beirut')!.toISOString()).toBe(
      '2026-12-02T14:30:00.000Z',
    );
  });
});
