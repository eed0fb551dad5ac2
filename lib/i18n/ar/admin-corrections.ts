import type { AdminCorrectionsMessages } from '../admin-corrections';

export const ar: AdminCorrectionsMessages = {
  title: 'التصحيحات',
  intro:
    'يُؤرَّخ التصحيح ويظهر في آخر القصة، مع علامة «مُصحَّح» تحت العنوان، وفي صفحة التصحيحات العامة. لا يمكن سحبه: يُصحَّح التصحيح بتصحيح آخر.',
  none: 'لا تصحيح حتى الآن.',
  body: 'نص التصحيح',
  hint: 'اذكر ما كان خطأً وما هو الصواب، بلغة القصة.',
  add: 'نشر التصحيح',
  added: 'نُشر التصحيح.',
  errors: {
    required: 'اكتب التصحيح.',
    tooLong: 'لا تتجاوز {max} حرفًا.',
    notLive: 'لا يُضاف تصحيح إلا إلى قصة يراها القراء الآن.',
    notFound: 'لم تعد هذه القصة موجودة.',
    forbidden: 'ينشر المحررون والمديرون وحدهم التصحيحات.',
  },
};
