import type { AdminIdentityMessages } from '../admin-identity';

export const en: AdminIdentityMessages = {
  title: 'Publication',
  intro: 'How the site names and describes itself on every page, in feeds, share cards and search results.',
  inLanguage: 'In {language}',
  name: 'Site name',
  tagline: 'Tagline',
  footer: 'Footer text',
  contactEmail: 'Contact email',
  contactHint: 'Shown in the footer. Leave empty to show none.',
  social: 'Profiles elsewhere',
  socialHint: 'One https address per line (Facebook page, X account, YouTube channel…), in the order to show.',
  order: 'Order of languages',
  orderHint: 'The language switcher lists the languages in this order.',
  position: 'Position of {language}',
  save: 'Save publication settings',
  saved: 'Publication settings saved. Every page shows them now.',
  forbidden: 'Only administrators may change the publication settings.',
  errors: {
    fix: 'Some fields need attention: see the messages next to them.',
    nameRequired: 'Enter the site name in this language.',
    tooLong: 'Use at most {max} characters.',
    email: 'Enter an email address like news@example.org, or leave the field empty.',
    url: 'Line {line} is not an https address.',
    tooManyLinks: 'List at most {max} addresses.',
    order: 'Give each language a different position.',
  },
};
