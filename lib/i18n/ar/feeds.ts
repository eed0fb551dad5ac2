import type { FeedMessages } from '../feeds';

export const ar: FeedMessages = {
  scoped: '{site}: {name}',
  comments: 'التعليقات',
  articleComments: 'التعليقات على «{title}»',
  commentItem: '{name} على «{title}»',
  atom: 'Atom',
  admin: {
    title: 'الخلاصات',
    content: 'المقالات في خلاصات RSS وAtom',
    full: 'المقال كاملًا',
    excerpt: 'المقدمة فقط (يكمل القارئ القراءة في الموقع)',
    excerptHint: 'المقال الذي لا مقدمة له يظهر بداية نصه.',
    save: 'حفظ إعدادات الخلاصات',
    saved: 'حُفظت إعدادات الخلاصات.',
    forbidden: 'لا يمكنك تغيير الإعدادات.',
    invalid: 'اختر ما تحمله الخلاصات.',
  },
};
