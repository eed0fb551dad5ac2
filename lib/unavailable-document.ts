import { direction, type Locale } from './i18n/config';
import { getErrorMessages } from './i18n/error-messages';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The apology as a small self-contained document, readable without JavaScript: what the proxy
 * answers (503) when it cannot reach the database to check an admin request.
 */
export function unavailableDocument(locale: Locale): string {
  const t = getErrorMessages(locale);
  return `<!DOCTYPE html><html lang="${locale}" dir="${direction(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${escapeHtml(t.title)}</title><style>:root{color-scheme:light dark}body{font-family:system-ui,sans-serif;line-height:1.6;margin:0;padding:4rem 1rem}main{max-width:36rem;margin-inline:auto}a{font-weight:600}</style></head><body><main><h1>${escapeHtml(t.title)}</h1><p role="alert">${escapeHtml(t.body)}</p><p><a href="">${escapeHtml(t.retry)}</a></p></main></body></html>`;
}

export function unavailableResponseInit(): ResponseInit {
  return {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store', 'retry-after': '30', 'x-robots-tag': 'noindex' },
  };
}
