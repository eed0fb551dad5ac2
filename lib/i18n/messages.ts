import type { Locale } from './config';
import type { Dictionary } from './dictionary';

/**
 * Plural forms by Intl.PluralRules category, each a template where `{count}` stands for the
 * number (see `plural` in ./format). `other` is always required; a language lists the
 * categories its grammar has (Arabic: zero, one, two, few, many, other).
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Every reader-facing string. A locale missing a key fails the type check. */
export type Messages = {
  siteName: string;
  tagline: string;
  skipToContent: string;
  sectionsNav: string;
  /** The header menu's name when editors set one (/admin/menus). */
  mainNav: string;
  footerNav: string;
  languageNav: string;
  readThisIn: string;
  home: string;
  leadStory: string;
  latest: string;
  moreIn: string;
  by: string;
  published: string;
  updated: string;
  readingTime: PluralForms;
  checkAlso: string;
  /** The most-read box (home page and beside stories): heading, the choice of period, empty period. */
  mostRead: string;
  mostReadPeriod: string;
  mostReadDay: string;
  mostReadWeek: string;
  mostReadNone: string;
  /** The author box at the end of a story: `{name}`. */
  aboutAuthor: string;
  /** The breaking-news banner's label, and its close button. */
  breaking: string;
  dismissBreaking: string;
  /** The mark under a corrected story's headline; links to its corrections. */
  corrected: string;
  /** The heading of a story's corrections and of the language's corrections log. */
  corrections: string;
  /** One note's label before its date: "Correction". */
  correction: string;
  correctionsIntro: string;
  noCorrections: string;
  /** Under each entry of the log: "Correction to {title}" (the headline is a link). */
  correctionTo: string;
  readIn: string;
  tags: string;
  comments: string;
  commentCount: PluralForms;
  noComments: string;
  commentsClosed: string;
  staff: string;
  section: string;
  tagTitle: string;
  authorTitle: string;
  articleCount: PluralForms;
  pagination: string;
  previous: string;
  next: string;
  pageOf: string;
  noArticles: string;
  notFoundTitle: string;
  notFoundBody: string;
  backHome: string;
  footerAbout: string;
  allRights: string;
};

import { ar } from './ar/messages';
import { en } from './en/messages';
import { fr } from './fr/messages';

export { ar, en, fr };

const all: Dictionary<Messages> = { en, fr, ar };

export function getMessages(locale: Locale): Messages {
  return all[locale];
}
