import type { AdminIdentityMessages } from '../admin-identity';

export const ar: AdminIdentityMessages = {
  title: 'هوية الموقع',
  intro: 'كيف يسمّي الموقع نفسه ويعرّف بها في كل صفحة، وفي الخلاصات وبطاقات المشاركة ونتائج البحث.',
  inLanguage: 'بـ{language}',
  name: 'اسم الموقع',
  tagline: 'الشعار',
  footer: 'نص تذييل الصفحة',
  contactEmail: 'بريد التواصل',
  contactHint: 'يظهر في التذييل. اتركه فارغًا لإخفائه.',
  social: 'الحسابات على المنصات الأخرى',
  socialHint: 'عنوان https واحد في كل سطر (صفحة فيسبوك، حساب إكس، قناة يوتيوب…)، بترتيب الظهور.',
  order: 'ترتيب اللغات',
  orderHint: 'يعرض مبدّل اللغة اللغات بهذا الترتيب.',
  position: 'موضع {language}',
  save: 'حفظ إعدادات الهوية',
  saved: 'حُفظت إعدادات الهوية، وتظهر الآن في كل الصفحات.',
  forbidden: 'لا يغيّر إعدادات الهوية إلا المديرون.',
  errors: {
    fix: 'بعض الحقول تحتاج إلى تصحيح: انظر الرسائل بجانبها.',
    nameRequired: 'اكتب اسم الموقع بهذه اللغة.',
    tooLong: 'استخدم {max} حرفًا على الأكثر.',
    email: 'اكتب عنوان بريد مثل news@example.org، أو اترك الحقل فارغًا.',
    url: 'السطر {line} ليس عنوان https.',
    tooManyLinks: 'اذكر {max} عناوين على الأكثر.',
    order: 'أعطِ كل لغة موضعًا مختلفًا.',
  },
};
