import type { Locale } from './config';

/**
 * Strings of the names form (your profile, and each row of the staff screen). Plain strings
 * with `{name}` placeholders (see `fill`), so they can be handed to a client component.
 */
export type ProfileMessages = {
  title: string;
  intro: string;
  account: string;
  email: string;
  role: string;
  namesTitle: string;
  namesIntro: string;
  namesOf: string;
  defaultName: string;
  defaultNameHint: string;
  /** The label of one language's name; `{language}` is that language in the reader's words. */
  nameIn: string;
  nameInHint: string;
  languages: Record<Locale, string>;
  save: string;
  working: string;
  saved: string;
  unchanged: string;
  errors: { required: string; tooLong: string; invalid: string };
};

const en: ProfileMessages = {
  title: 'Your profile',
  intro: 'How you appear in the newsroom and to readers.',
  account: 'Account',
  email: 'Email',
  role: 'Role',
  namesTitle: 'Names shown to readers',
  namesIntro:
    'Bylines and author pages show the name for the reader’s language. Leave a language empty to show the default name there.',
  namesOf: 'Names of {name}',
  defaultName: 'Default name',
  defaultNameHint: 'Used in the newsroom, and for readers of a language without its own name.',
  nameIn: 'Name in {language}',
  nameInHint: 'Empty: the default name is shown.',
  languages: { en: 'English', fr: 'French', ar: 'Arabic' },
  save: 'Save names',
  working: 'Saving…',
  saved: 'Names saved. Readers see them now.',
  unchanged: 'Nothing to save: the names are unchanged.',
  errors: {
    required: 'Enter a name.',
    tooLong: 'Use at most {max} characters.',
    invalid: 'Remove control characters and direction marks from the name.',
  },
};

const fr: ProfileMessages = {
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
};

const ar: ProfileMessages = {
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

const all: Record<Locale, ProfileMessages> = { en, fr, ar };

export function getProfileMessages(locale: Locale): ProfileMessages {
  return all[locale];
}
