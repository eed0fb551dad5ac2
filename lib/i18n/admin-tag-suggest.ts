import type { Locale } from './config';
import { formatNumber } from './format';

/** Strings of the tag field's suggestions in the article editor. */
export type TagSuggestMessages = {
  /** Name of the list of suggestions (not containing the field's label, so the field's label finds one control). */
  listLabel: string;
  /** Read by screen readers when suggestions appear. */
  found: (count: number) => string;
  /** How to use the suggestions, tied to the field. */
  hint: string;
};

const en: TagSuggestMessages = {
  listLabel: 'Suggestions',
  found: (n) => `Existing tags that match: ${formatNumber('en', n)}. Use the up and down arrows, then Enter.`,
  hint: 'Existing tags in the article’s language are suggested as you type: choose one with the arrow keys and Enter, or Escape to close the list.',
};

const fr: TagSuggestMessages = {
  listLabel: 'Suggestions',
  found: (n) => `Mots-clés existants correspondants : ${formatNumber('fr', n)}. Flèches haut et bas, puis Entrée.`,
  hint: 'Les mots-clés existants dans la langue de l’article sont proposés pendant la saisie : choisissez-en un avec les flèches et Entrée, ou fermez la liste avec Échap.',
};

const ar: TagSuggestMessages = {
  listLabel: 'اقتراحات',
  found: (n) => `عدد الوسوم الموجودة المطابقة: ${formatNumber('ar', n)}. استعمل السهمين للأعلى وللأسفل ثم Enter.`,
  hint: 'تُقترح الوسوم الموجودة بلغة المقال أثناء الكتابة: اختر واحداً بالأسهم ثم Enter، أو أغلق القائمة بمفتاح Escape.',
};

const all: Record<Locale, TagSuggestMessages> = { en, fr, ar };

export function getTagSuggestMessages(locale: Locale): TagSuggestMessages {
  return all[locale];
}
