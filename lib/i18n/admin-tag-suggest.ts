import type { Locale } from './config';
import type { Dictionary } from './dictionary';
import { ar } from './ar/admin-tag-suggest';
import { en } from './en/admin-tag-suggest';
import { fr } from './fr/admin-tag-suggest';

/** Strings of the tag field's suggestions in the article editor. */
export type TagSuggestMessages = {
  /** Name of the list of suggestions (not containing the field's label, so the field's label finds one control). */
  listLabel: string;
  /** Read by screen readers when suggestions appear. */
  found: string;
  /** How to use the suggestions, tied to the field. */
  hint: string;
};

const all: Dictionary<TagSuggestMessages> = { en, fr, ar };

export function getTagSuggestMessages(locale: Locale): TagSuggestMessages {
  return all[locale];
}
