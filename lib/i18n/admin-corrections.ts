import type { Locale } from './config';
import type { Dictionary } from './dictionary';
import { ar } from './ar/admin-corrections';
import { en } from './en/admin-corrections';
import { fr } from './fr/admin-corrections';

/** The corrections panel under a published story in the editor. */
export type AdminCorrectionsMessages = {
  title: string;
  intro: string;
  none: string;
  /** The note's box. */
  body: string;
  hint: string;
  add: string;
  added: string;
  errors: {
    required: string;
    /** `{max}` characters. */
    tooLong: string;
    notLive: string;
    notFound: string;
    forbidden: string;
  };
};

const all: Dictionary<AdminCorrectionsMessages> = { en, fr, ar };

export function getAdminCorrectionsMessages(locale: Locale): AdminCorrectionsMessages {
  return all[locale];
}
