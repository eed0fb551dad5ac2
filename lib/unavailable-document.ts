import { apologyDocument } from './apology-document.mjs';
import { direction, type Locale } from './i18n/config';

/**
 * The apology as a small self-contained document, readable without JavaScript: what the proxy
 * answers (503) when it cannot reach the database to check an admin request.
 */
export function unavailableDocument(locale: Locale): string {
  return apologyDocument(locale, direction(locale));
}

export function unavailableResponseInit(): ResponseInit {
  return {
    status: 503,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'private, no-store',
      'retry-after': '30',
      'x-robots-tag': 'noindex',
    },
  };
}
