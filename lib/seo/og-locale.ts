import { locales, type Locale } from '@/lib/i18n/config';

/**
 * Open Graph wants a language with a territory (`ll_TT`). These are the defaults; a site for a
 * particular country sets `OG_LOCALES` (e.g. `ar=ar_MA,fr=fr_MA`) to name its own.
 */
export const DEFAULT_OG_LOCALES: Record<Locale, string> = { en: 'en_US', fr: 'fr_FR', ar: 'ar_AR' };

const OG_LOCALE_SHAPE = /^[a-z]{2,3}_[A-Z]{2}$/;

/** Reads `ar=ar_MA,fr=fr_CA`; entries for unknown languages or of the wrong shape are ignored. */
export function parseOgLocales(value: string | undefined): Record<Locale, string> {
  const result = { ...DEFAULT_OG_LOCALES };
  for (const entry of (value ?? '').split(',')) {
    const [key = '', tag = ''] = entry.split('=').map((part) => part.trim());
    if ((locales as readonly string[]).includes(key) && OG_LOCALE_SHAPE.test(tag)) result[key as Locale] = tag;
  }
  return result;
}

/** The Open Graph locale of a language, e.g. `ar` → `ar_AR`. */
export function ogLocale(locale: Locale, configured = process.env.OG_LOCALES): string {
  return parseOgLocales(configured)[locale];
}
