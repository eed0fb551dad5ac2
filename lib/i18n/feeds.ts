import type { Locale } from './config';
import type { Dictionary } from './dictionary';
import { ar } from './ar/feeds';
import { en } from './en/feeds';
import { fr } from './fr/feeds';

/** The feeds' titles (also the names reader pages announce them by) and their admin setting. */
export type FeedMessages = {
  /** A section's, tag's or author's feed: `{site}` and `{name}` (the page's title). */
  scoped: string;
  /** The language's comment feed. */
  comments: string;
  /** One story's comment feed: `{title}` is the headline. */
  articleComments: string;
  /** A comment in a feed: `{name}` commented on `{title}`. */
  commentItem: string;
  /** Suffix naming the Atom variant in a page's `<link>` title. */
  atom: string;
  admin: {
    title: string;
    content: string;
    full: string;
    excerpt: string;
    excerptHint: string;
    save: string;
    saved: string;
    forbidden: string;
    invalid: string;
  };
};

const all: Dictionary<FeedMessages> = { en, fr, ar };

export function getFeedMessages(locale: Locale): FeedMessages {
  return all[locale];
}
