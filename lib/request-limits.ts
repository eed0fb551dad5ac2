// Imported by proxy.ts: no `server-only`, no database.
import { direction, type Locale } from './i18n/config';
import { escapeHtml, plainDocument } from './plain-document.mjs';

/**
 * Server actions share one body limit in Next (`experimental.serverActions.bodySizeLimit`,
 * next.config.js), sized for the largest article save. Public POSTs (comments) need far less:
 * 5,000 characters of comment, name, email, website and the question's token, at most ~4 bytes
 * a character, in multipart framing, stay under 32 kB; 64 kB leaves room without inviting abuse.
 */
export const PUBLIC_POST_LIMIT = 64 * 1024;

/**
 * Admin saves carry the whole article: 10,000 words of Arabic in paragraphs measured 190 kB as
 * the action's JSON argument (UTF-8); 2 MB leaves about ten times that.
 * Keep in sync with next.config.js.
 */
export const ADMIN_POST_LIMIT = 2 * 1024 * 1024;

const messages: Record<Locale, { title: string; body: string; back: string }> = {
  en: {
    title: 'Too much text was sent',
    body: 'What you sent is larger than this form accepts, so nothing was saved. Go back, shorten the text (a comment can have up to 5,000 characters) and send it again.',
    back: 'Go back',
  },
  fr: {
    title: 'Le texte envoyé est trop long',
    body: 'Ce que vous avez envoyé dépasse ce que ce formulaire accepte : rien n’a été enregistré. Revenez en arrière, raccourcissez le texte (un commentaire compte au plus 5 000 caractères) et renvoyez-le.',
    back: 'Revenir en arrière',
  },
  ar: {
    title: 'النص المُرسل طويل جدًا',
    body: 'ما أرسلته أكبر مما يقبله هذا النموذج، لذلك لم يُحفظ شيء. ارجع واختصر النص (التعليق 5000 حرف على الأكثر) ثم أرسله من جديد.',
    back: 'رجوع',
  },
};

export function tooLargeMessage(locale: Locale): string {
  return messages[locale].body;
}

/** A self-contained page that reads without JavaScript, for a 413 answer. */
export function tooLargeDocument(locale: Locale, back: string): string {
  const t = messages[locale];
  const body = `<h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p><p><a href="${escapeHtml(back)}">${escapeHtml(t.back)}</a></p>`;
  return plainDocument({ locale, dir: direction(locale), title: t.title, body });
}
