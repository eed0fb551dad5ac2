// The small self-contained HTML documents Maydan answers outside React (apology, 403, 413):
// readable without JavaScript or stylesheets, in the reader's language and direction.
// Plain JavaScript so scripts/server.mjs can use it without a build step.

/** Escapes text for HTML element content and quoted attribute values. */
export const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {{ locale: string, dir: 'ltr' | 'rtl', title: string, body: string }} page
 *   `title` is text (escaped here); `body` is HTML the caller built with escapeHtml.
 */
export function plainDocument({ locale, dir, title, body }) {
  return `<!DOCTYPE html><html lang="${escapeHtml(locale)}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${escapeHtml(title)}</title><style>:root{color-scheme:light dark}body{font-family:system-ui,sans-serif;line-height:1.6;margin:0;padding:4rem 1rem}main{max-width:36rem;margin-inline:auto}a{font-weight:600}</style></head><body><main>${body}</main></body></html>`;
}
