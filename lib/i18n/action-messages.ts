import type { Locale } from './config';

/** What the action pipeline says by itself: refusals before the handler runs, and failures. */
export type ActionMessages = {
  signedOut: string;
  forbidden: string;
  genericError: string;
  fields: { required: string; tooLong: string; invalid: string };
};

const all: Record<Locale, ActionMessages> = {
  en: {
    signedOut: 'Your session has ended. Sign in again; nothing you typed here is lost.',
    forbidden: 'Your role does not allow this.',
    genericError: 'Something went wrong on our side. Nothing was lost: try again in a moment.',
    fields: { required: 'This field is required.', tooLong: 'This is too long.', invalid: 'Check this value.' },
  },
  fr: {
    signedOut: 'Votre session a pris fin. Reconnectez-vous ; rien de ce que vous avez saisi ici n’est perdu.',
    forbidden: 'Votre rôle ne le permet pas.',
    genericError: 'Un problème est survenu de notre côté. Rien n’a été perdu : réessayez dans un instant.',
    fields: {
      required: 'Ce champ est obligatoire.',
      tooLong: 'Ce texte est trop long.',
      invalid: 'Vérifiez cette valeur.',
    },
  },
  ar: {
    signedOut: 'انتهت جلستك. سجّل الدخول مجددًا؛ لن يضيع شيء مما كتبته هنا.',
    forbidden: 'دورك لا يسمح بذلك.',
    genericError: 'حدث خطأ من جهتنا. لم يضع شيء: حاول مجددًا بعد قليل.',
    fields: { required: 'هذا الحقل مطلوب.', tooLong: 'هذا النص طويل جدًا.', invalid: 'تحقّق من هذه القيمة.' },
  },
};

export function getActionMessages(locale: Locale): ActionMessages {
  return all[locale];
}
