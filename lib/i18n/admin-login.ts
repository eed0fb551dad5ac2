import type { Locale } from './config';

export type LoginMessages = {
  title: string;
  email: string;
  password: string;
  submit: string;
  pending: string;
  invalid: string;
  throttled: string;
  unavailable: string;
  emailInvalid: string;
  passwordRequired: string;
  signedOut: string;
};

const all: Record<Locale, LoginMessages> = {
  en: {
    title: 'Sign in to the newsroom',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    pending: 'Signing in…',
    invalid: 'The email or password is not right.',
    throttled: 'Too many failed attempts from this address. Wait 15 minutes, then try again.',
    unavailable: 'Sign-in is unavailable for a moment. Try again shortly.',
    emailInvalid: 'Enter a valid email address.',
    passwordRequired: 'Enter your password.',
    signedOut: 'Your session has ended. Sign in again.',
  },
  fr: {
    title: 'Connexion à la rédaction',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    submit: 'Se connecter',
    pending: 'Connexion…',
    invalid: 'L’adresse e-mail ou le mot de passe est incorrect.',
    throttled: 'Trop de tentatives échouées depuis cette adresse. Attendez 15 minutes, puis réessayez.',
    unavailable: 'La connexion est momentanément indisponible. Réessayez dans un instant.',
    emailInvalid: 'Saisissez une adresse e-mail valide.',
    passwordRequired: 'Saisissez votre mot de passe.',
    signedOut: 'Votre session a pris fin. Reconnectez-vous.',
  },
  ar: {
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
  },
};

export function getLoginMessages(locale: Locale): LoginMessages {
  return all[locale];
}
