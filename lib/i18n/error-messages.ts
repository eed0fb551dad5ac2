import { apologyMessages } from '../apology-document.mjs';
import { isLocale, type Locale } from './config';

/**
 * The apology shown by the error boundaries. They are client components that get nothing from
 * the server but the URL, so this dictionary is small enough to ship to the browser whole.
 */
export type ErrorMessages = { title: string; body: string; retry: string; home: string };

// One copy of the words, shared with the production server's own apology document.
const messages: Record<Locale, ErrorMessages> = apologyMessages;

export function getErrorMessages(locale: Locale): ErrorMessages {
  return messages[locale];
}

/** The locale of a URL path (`/ar/…`), if it starts with one. */
export function localeOfPath(pathname: string | null | undefined): Locale | null {
  const first = pathname?.split('/')[1];
  return isLocale(first) ? first : null;
}

/** The first supported language among a browser's preferences (navigator.languages). */
export function localeOfLanguages(languages: readonly string[]): Locale | null {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return null;
}
