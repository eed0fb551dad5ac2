// Wall-clock times typed in a form (`<input type="datetime-local">`) are read in the site's zone
// (`SITE_TIME_ZONE`), on the server, so a form works the same with or without JavaScript and
// whatever the browser's own zone.

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const zoneParts = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string): Intl.DateTimeFormat {
  let format = zoneParts.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    zoneParts.set(timeZone, format);
  }
  return format;
}

/** The wall clock in `timeZone` at `instant`, as milliseconds of a UTC date with the same fields. */
function wallClock(instant: number, timeZone: string): number {
  const parts = partsIn(timeZone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/**
 * "2026-12-02T15:30" (seconds optional) read as the time on clocks in `timeZone`; null when it
 * is not a real date and time. A time in the hour the clocks skip is read as if they had not
 * changed yet (02:30 on a spring-forward night is 03:30 new time); in the hour they repeat, the
 * later of the two.
 */
export function parseSiteTime(value: string, timeZone: string): Date | null {
  const m = LOCAL.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0)) as number[];
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day! || hour! > 23 || minute! > 59 || second! > 59)
    return null;
  // The zone's offset at the guessed instant, twice: the second pass settles a change of offset.
  let instant = wall - (wallClock(wall, timeZone) - Math.floor(wall / 1000) * 1000);
  instant = wall - (wallClock(instant, timeZone) - Math.floor(instant / 1000) * 1000);
  return new Date(instant);
}

/** `instant` as a `datetime-local` value on clocks in `timeZone` (to the minute). */
export function toSiteTimeInput(instant: Date, timeZone: string): string {
  return new Date(wallClock(instant.getTime(), timeZone)).toISOString().slice(0, 16);
}
