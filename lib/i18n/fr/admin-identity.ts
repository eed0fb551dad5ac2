import type { AdminIdentityMessages } from '../admin-identity';

export const fr: AdminIdentityMessages = {
  title: 'Publication',
  intro:
    'Comment le site se nomme et se présente sur chaque page, dans les flux, les cartes de partage et les résultats de recherche.',
  inLanguage: 'En {language}',
  name: 'Nom du site',
  tagline: 'Slogan',
  footer: 'Texte du pied de page',
  contactEmail: 'Adresse e-mail de contact',
  contactHint: 'Affichée dans le pied de page. Laissez vide pour n’en afficher aucune.',
  social: 'Profils ailleurs',
  socialHint: 'Une adresse https par ligne (page Facebook, compte X, chaîne YouTube…), dans l’ordre d’affichage.',
  order: 'Ordre des langues',
  orderHint: 'Le sélecteur de langue les présente dans cet ordre.',
  position: 'Position : {language}',
  save: 'Enregistrer la publication',
  saved: 'Réglages de la publication enregistrés. Toutes les pages les affichent désormais.',
  forbidden: 'Seuls les administrateurs peuvent modifier les réglages de la publication.',
  errors: {
    fix: 'Certains champs sont à corriger : voyez les messages à côté.',
    nameRequired: 'Saisissez le nom du site dans cette langue.',
    tooLong: 'Utilisez au plus {max} caractères.',
    email: 'Saisissez une adresse comme redaction@exemple.org, ou laissez le champ vide.',
    url: 'La ligne {line} n’est pas une adresse https.',
    tooManyLinks: 'Indiquez au plus {max} adresses.',
    order: 'Donnez à chaque langue une position différente.',
  },
};
