import type { Locale } from './config';
import type { Dictionary } from './dictionary';
import { ar } from './ar/admin-profile';
import { en } from './en/admin-profile';
import { fr } from './fr/admin-profile';

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
  /** The public profile form: biography per language and links elsewhere. */
  profile: {
    title: string;
    intro: string;
    /** `{language}`. */
    bioIn: string;
    bioHint: string;
    social: string;
    socialHint: string;
    photo: string;
    photoHint: string;
    /** Shown beside the photo in use. */
    photoCurrent: string;
    photoRemove: string;
    photoNone: string;
    save: string;
    saved: string;
    errors: {
      fix: string;
      /** `{max}`. */
      bioTooLong: string;
      /** `{line}`. */
      url: string;
      /** `{max}`. */
      tooManyLinks: string;
    };
  };
};

const all: Dictionary<ProfileMessages> = { en, fr, ar };

export function getProfileMessages(locale: Locale): ProfileMessages {
  return all[locale];
}
