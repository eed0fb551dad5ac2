import { isLocale, type Locale } from './config';

/**
 * The apology shown by the error boundaries. They are client components that get nothing from
 * the server but the URL, so this dictionary is small enough to ship to the browser whole.
 */
export type ErrorMessages = { title: string; body: string; retry: string; home: string };

const messages: Record<Locale, ErrorMessages> = {
  en: {
    title: 'This page is unavailable for a moment',
    body: 'Something went wrong on our side. Please try again shortly.',
    retry: 'Try again',
    home: 'Home page',
  },
  fr: {
    title: 'Cette page est momentanément indisponible',
    body: 'Un problème est survenu de notre côté. Réessayez dans quelques instants.',
    retry: 'Réessayer',
    home: 'Page d’accueil',
  },
  ar: {
    title: 'هذه الصفحة غير متاحة مؤقتاً',
    body: 'حدث خطأ من جهتنا. يُرجى المحاولة مجدداً بعد قليل.',
    retry: 'حاول مجدداً',
    home: 'الصفحة الرئيسية',
  },
};

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
