import type { AdminCorrectionsMessages } from '../admin-corrections';

export const fr: AdminCorrectionsMessages = {
  title: 'Rectificatifs',
  intro:
    'Un rectificatif est daté et affiché à la fin de l’article, avec la mention « Rectifié » sous le titre, et sur la page publique des rectificatifs. Il ne peut pas être retiré : on rectifie un rectificatif par un autre.',
  none: 'Aucun rectificatif pour l’instant.',
  body: 'Note de rectification',
  hint: 'Dites ce qui était faux et ce qui est juste, dans la langue de l’article.',
  add: 'Publier le rectificatif',
  added: 'Rectificatif publié.',
  errors: {
    required: 'Écrivez le rectificatif.',
    tooLong: 'Pas plus de {max} caractères.',
    notLive: 'Seul un article visible des lecteurs peut recevoir un rectificatif.',
    notFound: 'Cet article n’existe plus.',
    forbidden: 'Seuls les éditeurs et les administrateurs publient des rectificatifs.',
  },
};
