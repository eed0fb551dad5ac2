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
  images: 'Logo et image de partage',
  imagesHint:
    'JPEG, PNG, WebP ou AVIF, 2 Mo au plus chacune. Chacune est décrite par le nom du site dans chaque langue.',
  logoLight: 'Logo sur fond clair',
  logoLightHint:
    'Affiché dans l’en-tête à la place du nom, sur les cartes de partage et pour les moteurs de recherche. Un logo large d’environ 96 px de haut se lit le mieux.',
  logoDark: 'Logo sur fond sombre',
  logoDarkHint: 'Pour les lecteurs dont l’appareil est en mode sombre. Sans lui, le logo clair est affiché.',
  shareImage: 'Image de partage par défaut',
  shareImageHint:
    'L’aperçu des pages d’accueil, de rubrique, de mot-clé et d’auteur une fois partagées (recadrée en 1200 × 630). Sans elle, une carte avec le nom et le slogan est dessinée.',
  current: 'En service',
  remove: 'Retirer cette image',
  none: 'Aucune pour l’instant.',
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
