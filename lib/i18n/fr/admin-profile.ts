import type { ProfileMessages } from '../admin-profile';

export const fr: ProfileMessages = {
  title: 'Votre profil',
  intro: 'Comment vous apparaissez dans la rédaction et auprès des lecteurs.',
  account: 'Compte',
  email: 'E-mail',
  role: 'Rôle',
  namesTitle: 'Noms affichés aux lecteurs',
  namesIntro:
    'Les signatures et les pages d’auteur affichent le nom dans la langue du lecteur. Laissez une langue vide pour y afficher le nom par défaut.',
  namesOf: 'Noms de {name}',
  defaultName: 'Nom par défaut',
  defaultNameHint: 'Utilisé dans la rédaction, et pour les lecteurs d’une langue sans nom propre.',
  nameIn: 'Nom en {language}',
  nameInHint: 'Vide : le nom par défaut est affiché.',
  languages: { en: 'anglais', fr: 'français', ar: 'arabe' },
  save: 'Enregistrer les noms',
  working: 'Enregistrement…',
  saved: 'Noms enregistrés. Les lecteurs les voient dès maintenant.',
  unchanged: 'Rien à enregistrer : les noms n’ont pas changé.',
  errors: {
    required: 'Saisissez un nom.',
    tooLong: 'Utilisez au plus {max} caractères.',
    invalid: 'Retirez du nom les caractères de contrôle et les marques de direction.',
  },
  profile: {
    title: 'Profil public',
    intro: 'Affiché sur votre page d’auteur et à la fin de chaque article que vous signez.',
    bioIn: 'Biographie en {language}',
    bioHint: 'Deux ou trois phrases, 600 caractères au plus. Vide$ : aucune dans cette langue.',
    social: 'Profils ailleurs',
    socialHint: 'Une adresse https par ligne, 6 au plus.',
    photo: 'Photo',
    photoHint:
      'Un portrait, JPEG, PNG, WebP ou AVIF, 2 Mo au plus. Affiché en rond sur votre page d’auteur et à côté de votre biographie.',
    photoCurrent: 'En service',
    photoRemove: 'Retirer la photo',
    photoNone: 'Pas encore de photo.',
    save: 'Enregistrer le profil',
    saved: 'Profil enregistré. Les lecteurs le voient dès maintenant.',
    errors: {
      fix: 'Rien n’a été enregistré$ : voyez les messages à côté des champs.',
      bioTooLong: '{max} caractères au plus.',
      url: 'La ligne {line} n’est pas une adresse https.',
      tooManyLinks: '{max} adresses au plus.',
    },
  },
};
