import type { ShareMessages } from '../share';

export const fr: ShareMessages = {
  heading: 'Partager cet article',
  targets: {
    x: 'X',
    facebook: 'Facebook',
    whatsapp: 'WhatsApp',
    telegram: 'Telegram',
    linkedin: 'LinkedIn',
    email: 'E-mail',
  },
  newTab: '(ouvre un nouvel onglet)',
  copy: 'Copier le lien',
  copied: 'Lien copié.',
  copyFailed: 'Le lien n’a pas pu être copié : sélectionnez la barre d’adresse et copiez-le.',
  more: 'Plus…',
};
