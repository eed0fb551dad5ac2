import type { ActionMessages } from '../action-messages';

export const ar: ActionMessages = {
  signedOut: 'انتهت جلستك. سجّل الدخول مجددًا؛ لن يضيع شيء مما كتبته هنا.',
  forbidden: 'دورك لا يسمح بذلك.',
  genericError: 'حدث خطأ من جهتنا. لم يضع شيء: حاول مجددًا بعد قليل.',
  fields: { required: 'هذا الحقل مطلوب.', tooLong: 'هذا النص طويل جدًا.', invalid: 'تحقّق من هذه القيمة.' },
};
