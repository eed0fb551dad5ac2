// The apology shown when a page cannot be served (the database is away, a render failed), as a
// small self-contained document that reads without JavaScript. Plain JavaScript so that the
// production server (scripts/server.mjs) can use it too; the app imports it through
// lib/i18n/error-messages.ts and lib/unavailable-document.ts.

/** @type {Record<'en' | 'fr' | 'ar', { title: string; body: string; retry: string; home: string }>} */
export const apologyMessages = {
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

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** @param {'en' | 'fr' | 'ar'} locale @param {'ltr' | 'rtl'} dir */
export function apologyDocument(locale, dir) {
  const t = apologyMessages[locale];
  return `<!DOCTYPE html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${escapeHtml(t.title)}</title><style>:root{color-scheme:light dark}body{font-family:system-ui,sans-serif;line-height:1.6;margin:0;padding:4rem 1rem}main{max-width:36rem;margin-inline:auto}a{font-weight:600}</style></head><body><main><h1>${escapeHtml(t.title)}</h1><p role="alert">${escapeHtml(t.body)}</p><p><a href="">${escapeHtml(t.retry)}</a> · <a href="/${locale}">${escapeHtml(t.home)}</a></p></main></body></html>`;
}
