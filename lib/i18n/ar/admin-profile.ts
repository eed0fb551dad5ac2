import type { ProfileMessages } from '../admin-profile';

export const ar: ProfileMessages = {
  title: 'ملفك الشخصي',
  intro: 'كيف تظهر في غرفة الأخبار وللقرّاء.',
  account: 'الحساب',
  email: 'البريد الإلكتروني',
  role: 'الدور',
  namesTitle: 'الأسماء التي يراها القرّاء',
  namesIntro: 'تعرض سطور الكاتب وصفحات الكتّاب الاسم بلغة القارئ. اترك لغةً فارغة ليظهر فيها الاسم الافتراضي.',
  namesOf: 'أسماء {name}',
  defaultName: 'الاسم الافتراضي',
  defaultNameHint: 'يُستخدم في غرفة الأخبار، ولقرّاء لغة ليس لها اسم خاص.',
  nameIn: 'الاسم {language}',
  nameInHint: 'إن تُرك فارغًا يظهر الاسم الافتراضي.',
  languages: { en: 'بالإنجليزية', fr: 'بالفرنسية', ar: 'بالعربية' },
  save: 'حفظ الأسماء',
  working: 'جارٍ الحفظ…',
  saved: 'حُفظت الأسماء. يراها القرّاء الآن.',
  unchanged: 'لا شيء للحفظ: الأسماء لم تتغير.',
  errors: {
    required: 'أدخل اسمًا.',
    tooLong: 'استخدم {max} حرفًا على الأكثر.',
    invalid: 'احذف من الاسم محارف التحكم وعلامات الاتجاه.',
  },
};
