import type { LoginMessages } from '../admin-login';

export const ar: LoginMessages = {
  title: 'تسجيل الدخول إلى غرفة الأخبار',
  email: 'البريد الإلكتروني',
  password: 'كلمة المرور',
  submit: 'دخول',
  pending: 'جارٍ الدخول…',
  invalid: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
  throttled: 'محاولات فاشلة كثيرة من هذا العنوان. انتظر 15 دقيقة ثم حاول من جديد.',
  unavailable: 'تسجيل الدخول غير متاح لحظياً. حاول من جديد بعد قليل.',
  emailInvalid: 'أدخل بريداً إلكترونياً صحيحاً.',
  passwordRequired: 'أدخل كلمة المرور.',
  signedOut: 'انتهت جلستك. سجّل الدخول من جديد.',
};
