import { localeInfo, type Locale } from './config';
import { fillTemplate } from './bidi';
import type { PluralForms } from './messages';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The zone every date is shown in (`SITE_TIME_ZONE`). Read on the server only: server components
 * pass it to client components as a prop, so a date reads the same wherever it is rendered.
 */
export function siteTimeZone(): string {
  return process.env.SITE_TIME_ZONE || 'UTC';
}

/** Long date in the reader's locale (Arabic uses Arabic-Indic digits, as CLDR prescribes). */
export function formatDate(locale: Locale, iso: string, withTime = false, timeZone = siteTimeZone()): string {
  const key = `${locale}:${withTime}:${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone,
    });
    dateFormats.set(key, format);
  }
  return format.format(new Date(iso));
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

/**
 * Puts values where `{key}` stands in a message template, the one interpolation style of every
 * dictionary (templates are plain strings, so a server component can hand them to a client
 * component). In a right-to-left sentence each value is isolated.
 */
export const fill = fillTemplate;

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The CLDR plural category of `count` (Arabic has all six: zero, one, two, few, many, other). */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/**
 * The one way to show a count to a person: picks the form of `count`'s plural category and puts
 * the localized number where `{count}` stands (other `{placeholders}` come from `values`). A
 * `zero` form is also used for 0 in languages whose grammar has no zero category ("No comments").
 */
export function plural(
  locale: Locale,
  count: number,
  forms: PluralForms,
  values: Record<string, string | number> = {},
): string {
  const category = count === 0 && forms.zero ? 'zero' : pluralCategory(locale, count);
  const template = forms[category] ?? forms.other;
  return fill(template, { ...values, count: formatNumber(locale, count) });
}

/** What follows a label ("Read in: "): French puts a narrow no-break space before the colon. */
export function colon(locale: Locale): string {
  return localeInfo(locale).colon;
}
