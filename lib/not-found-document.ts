import { direction, locales, localeNames, type Locale } from './i18n/config';
import { getMessages } from './i18n/messages';
import { escapeHtml } from './plain-document.mjs';
import { routes } from './routes';

/**
 * The localized 404 page as a complete HTML document, so it reads without JavaScript.
 * Static strings and the site's name only: nothing from the request is echoed.
 */
export function notFoundDocument(locale: Locale, siteName: string): string {
  const t = getMessages(locale);
  const others = locales
    .filter((l) => l !== locale)
    .map((l) => `<li><a href="${routes.home(l)}" hreflang="${l}" lang="${l}">${escapeHtml(localeNames[l])}</a></li>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="${locale}" dir="${direction(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t.notFoundTitle)} — ${escapeHtml(siteName)}</title>
<style>
:root{color-scheme:light dark;--paper:#fbfaf7;--ink:#1a1a1a;--muted:#5a5a5a;--accent:#b3261e;--focus:#1d4ed8}
@media (prefers-color-scheme:dark){:root{--paper:#121212;--ink:#ececec;--muted:#a8a8a8;--accent:#ff8a80;--focus:#93c5fd}}
body{margin:0;background:var(--paper);color:var(--ink);font:1.0625rem/1.6 system-ui,"Segoe UI","Noto Naskh Arabic",sans-serif}
header,main{max-inline-size:48rem;margin-inline:auto;padding-inline:1rem}
header{padding-block:1rem;border-block-end:1px solid #8884}
.brand{font-size:1.5rem;font-weight:800;color:var(--accent);text-decoration:none}
h1{font-size:2rem;line-height:1.2;margin-block:2.5rem 1rem}
p{color:var(--muted)}
a{color:var(--accent)}
a:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
ul{display:flex;gap:1rem;list-style:none;padding:0}
</style>
</head>
<body>
<header><a class="brand" href="${routes.home(locale)}">${escapeHtml(siteName)}</a></header>
<main id="main">
<h1>${escapeHtml(t.notFoundTitle)}</h1>
<p>${escapeHtml(t.notFoundBody)}</p>
<p><a href="${routes.home(locale)}">${escapeHtml(t.backHome)}</a></p>
<nav aria-label="${escapeHtml(t.languageNav)}"><ul>${others}</ul></nav>
</main>
</body>
</html>`;
}
