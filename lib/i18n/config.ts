import { locales, type Locale } from './locales';

export { arrows, direction, localeInfo, localeNames, locales, perLocale, type Locale } from './locales';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** For client components, which cannot read the server's environment. */
export const defaultLocaleClient: Locale = 'en';

export function defaultLocale(): Locale {
  const configured = process.env.DEFAULT_LOCALE;
  return isLocale(configured) ? configured : 'en';
}

/**
 * Picks the best supported locale from an Accept-Language header (RFC 9110 weights,
 * primary-subtag fallback: `fr-CA` → `fr`). Returns `fallback` when nothing matches.
 */
export function negotiateLocale(header: string | null | undefined, fallback: Locale): Locale {
  if (!header) return fallback;
  const ranges = header
    .slice(0, 1000)
    .split(',')
    .map((part, index) => {
      const [rawTag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag: rawTag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const range of ranges) {
    if (range.tag === '*') return fallback;
    const primary = range.tag.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return fallback;
}
