import type { Locale } from './config';
import type { Dictionary } from './dictionary';
import { ar } from './ar/admin-breaking';
import { en } from './en/admin-breaking';
import { fr } from './fr/admin-breaking';

/** The breaking-news screen (/admin/breaking). */
export type AdminBreakingMessages = {
  title: string;
  intro: string;
  formTitle: string;
  link: string;
  linkHint: string;
  text: string;
  textHint: string;
  language: string;
  languageHint: string;
  fromStory: string;
  until: string;
  /** `{zone}`: the site's time zone. */
  untilHint: string;
  add: string;
  added: string;
  listTitle: string;
  none: string;
  current: string;
  ended: string;
  /** `{date}`. */
  endsAt: string;
  endedAt: string;
  end: string;
  endedNotice: string;
  errors: {
    fix: string;
    linkRequired: string;
    linkInvalid: string;
    notLive: string;
    textRequired: string;
    /** `{max}`. */
    textTooLong: string;
    languageRequired: string;
    untilInvalid: string;
    untilPast: string;
    /** `{hours}`. */
    untilTooFar: string;
    forbidden: string;
    notFound: string;
  };
};

const all: Dictionary<AdminBreakingMessages> = { en, fr, ar };

export function getAdminBreakingMessages(locale: Locale): AdminBreakingMessages {
  return all[locale];
}
