// Demo reads for "Most read" (lib/most-read): hourly view buckets over the last week. Pure and
// deterministic, so the end-to-end test knows how many views a demo story can have at most.
import { hourStart, MOST_READ_WINDOWS } from '../../lib/most-read/rules';

const HOUR_MS = 3600_000;

/** The most views a demo story gets in one hour bucket. */
export const DEMO_VIEWS_PER_HOUR_MAX = 6;
/** One hour in four has views, so a story's 24 hours hold at most six buckets. */
export const DEMO_DAY_VIEWS_MAX = DEMO_VIEWS_PER_HOUR_MAX * (MOST_READ_WINDOWS.day / 4);

/**
 * The view buckets of the `index`-th demo story of a language, published at `publishedAt`: every
 * fourth hour of the last week since publication, at a popularity from 1 to the maximum, so each
 * language's lists have a clear order, and the 24-hour and 7-day lists differ.
 */
export function demoViewHours(index: number, publishedAt: Date, now: Date): { hour: Date; views: number }[] {
  const popularity = 1 + ((index * 5) % DEMO_VIEWS_PER_HOUR_MAX);
  const current = hourStart(now).getTime();
  const first = hourStart(publishedAt).getTime();
  const hours: { hour: Date; views: number }[] = [];
  for (let h = 0; h < MOST_READ_WINDOWS.week; h++) {
    const hour = current - h * HOUR_MS;
    if (hour < first) break;
    // Older stories were read more earlier in the week: the week's order is not the day's.
    const views = h >= MOST_READ_WINDOWS.day && index % 3 === 0 ? DEMO_VIEWS_PER_HOUR_MAX : popularity;
    if ((h + index) % 4 === 0) hours.push({ hour: new Date(hour), views });
  }
  return hours;
}
