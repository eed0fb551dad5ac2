/**
 * The locale table: the one place a language is declared. Its order is the order of the
 * database's `locale` enum (db/schema.ts), so a new language goes at the end.
 *
 * Adding a language: one entry here, then a folder of dictionaries (`lib/i18n/<code>/`, one
 * file per namespace, see lib/i18n/dictionary.ts); the type checker lists every dictionary
 * still missing it. Direction, the enum, digits, arrows and punctuation follow from the entry.
 *
 * Plain data without imports: db/schema.ts and client components read it too.
 */
type LocaleEntry = {
  code: string;
  /** The language's name in itself, for language switchers. */
  name: string;
  dir: 'ltr' | 'rtl';
  /**
   * The digits its readers write, where we write digits ourselves (the captcha question).
   * `Intl` formatting follows the runtime's CLDR data for `code`.
   */
  digits: 'latn' | 'arab';
  /** What follows a label ("Read in: "): French puts a narrow no-break space before the colon. */
  colon: string;
};

const table = [
  { code: 'en', name: 'English', dir: 'ltr', digits: 'latn', colon: ': ' },
  { code: 'fr', name: 'Français', dir: 'ltr', digits: 'latn', colon: '\u202f: ' },
  { code: 'ar', name: 'العربية', dir: 'rtl', digits: 'arab', colon: ': ' },
] as const satisfies readonly LocaleEntry[];

export type Locale = (typeof table)[number]['code'];

export const locales = table.map((entry) => entry.code) as readonly Locale[] as readonly [Locale, ...Locale[]];

const byCode = Object.fromEntries(table.map((entry) => [entry.code, entry])) as Record<Locale, LocaleEntry>;

export function localeInfo(locale: Locale): LocaleEntry {
  return byCode[locale];
}

/** Each language's name in itself. */
export const localeNames = Object.fromEntries(table.map((entry) => [entry.code, entry.name])) as Record<Locale, string>;

export function direction(locale: Locale): 'rtl' | 'ltr' {
  return byCode[locale].dir;
}

/** Arrows for "previous" and "next" that point the way the reader reads. */
export function arrows(locale: Locale): { previous: string; next: string } {
  return byCode[locale].dir === 'rtl' ? { previous: '→', next: '←' } : { previous: '←', next: '→' };
}

/** Builds a record with one value per locale (zod shapes, defaults). */
export function perLocale<T>(make: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(locales.map((locale) => [locale, make(locale)])) as Record<Locale, T>;
}
