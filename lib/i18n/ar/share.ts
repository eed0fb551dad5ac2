import type { ShareMessages } from '../share';

export const ar: ShareMessages = {
  heading: 'شارك هذا الخبر',
  targets: {
    x: 'إكس',
    facebook: 'فيسبوك',
    whatsapp: 'واتساب',
    telegram: 'تيليغرام',
    linkedin: 'لينكدإن',
    email: 'البريد الإلكتروني',
  },
  newTab: '(يفتح في علامة تبويب جديدة)',
  copy: 'نسخ الرابط',
  copied: 'نُسخ الرابط.',
  copyFailed: 'تعذّر نسخ الرابط: حدّد شريط العنوان وانسخه.',
  more: 'المزيد…',
};
