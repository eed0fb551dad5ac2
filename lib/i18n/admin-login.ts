import type { Locale } from './config';
import type { Dictionary } from './dictionary';
import { ar } from './ar/admin-login';
import { en } from './en/admin-login';
import { fr } from './fr/admin-login';

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

const all: Dictionary<LoginMessages> = { en, fr, ar };

export function getLoginMessages(locale: Locale): LoginMessages {
  return all[locale];
}
