import type { ShareMessages } from '../share';

export const en: ShareMessages = {
  heading: 'Share this story',
  targets: {
    x: 'X',
    facebook: 'Facebook',
    whatsapp: 'WhatsApp',
    telegram: 'Telegram',
    linkedin: 'LinkedIn',
    email: 'Email',
  },
  newTab: '(opens in a new tab)',
  copy: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'The link could not be copied: select the address bar and copy it.',
  more: 'More…',
};
