import type { LoginMessages } from '../admin-login';

export const en: LoginMessages = {
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
};
