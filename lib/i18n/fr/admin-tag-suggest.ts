import type { TagSuggestMessages } from '../admin-tag-suggest';

export const fr: TagSuggestMessages = {
  listLabel: 'Suggestions',
  found: 'Mots-clés existants correspondants : {count}. Flèches haut et bas, puis Entrée.',
  hint: 'Les mots-clés existants dans la langue de l’article sont proposés pendant la saisie : choisissez-en un avec les flèches et Entrée, ou fermez la liste avec Échap.',
};
