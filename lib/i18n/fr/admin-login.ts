import type { LoginMessages } from '../admin-login';

export const fr: LoginMessages = {
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
};
