import type { FeedMessages } from '../feeds';

export const fr: FeedMessages = {
  scoped: '{site} : {name}',
  comments: 'Commentaires',
  articleComments: 'Commentaires sur « {title} »',
  commentItem: '{name} sur « {title} »',
  atom: 'Atom',
  admin: {
    title: 'Flux',
    content: 'Les articles dans les flux RSS et Atom',
    full: 'L’article entier',
    excerpt: 'Le chapô seulement (on lit la suite sur le site)',
    excerptHint: 'Un article sans chapô montre le début de son texte.',
    save: 'Enregistrer les réglages des flux',
    saved: 'Réglages des flux enregistrés.',
    forbidden: 'Vous ne pouvez pas modifier les réglages.',
    invalid: 'Choisissez ce que portent les flux.',
  },
};
