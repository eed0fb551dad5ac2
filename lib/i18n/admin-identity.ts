import type { Locale } from './config';
import type { Dictionary } from './dictionary';
import { ar } from './ar/admin-identity';
import { en } from './en/admin-identity';
import { fr } from './fr/admin-identity';

/** The publication's identity form in /admin/settings. */
export type AdminIdentityMessages = {
  title: string;
  intro: string;
  /** A language's group of fields: `{language}` is its name. */
  inLanguage: string;
  name: string;
  tagline: string;
  footer: string;
  contactEmail: string;
  contactHint: string;
  social: string;
  socialHint: string;
  order: string;
  orderHint: string;
  /** One language's position: `{language}`. */
  position: string;
  save: string;
  saved: string;
  forbidden: string;
  /** The images' group: logos and the default share image. */
  images: string;
  imagesHint: string;
  logoLight: string;
  logoLightHint: string;
  logoDark: string;
  logoDarkHint: string;
  shareImage: string;
  shareImageHint: string;
  /** Shown beside the image in use. */
  current: string;
  remove: string;
  none: string;
  errors: {
    fix: string;
    nameRequired: string;
    /** `{max}` characters. */
    tooLong: string;
    email: string;
    /** `{line}`: the line of the box, blank lines counted. */
    url: string;
    /** `{max}` addresses. */
    tooManyLinks: string;
    order: string;
  };
};

const all: Dictionary<AdminIdentityMessages> = { en, fr, ar };

export function getAdminIdentityMessages(locale: Locale): AdminIdentityMessages {
  return all[locale];
}
