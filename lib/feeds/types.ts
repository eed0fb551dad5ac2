import type { Locale } from '../i18n/config';

export type FeedFormat = 'rss' | 'atom';

/** Whether story items carry the whole body or only the standfirst (an admin setting). */
export type FeedContent = 'full' | 'excerpt';

/** Paths below are site paths (`/en/article/…`); the builder makes them absolute. */
export type FeedLink = { name: string; path: string };

/** A story as a feed lists it: no more than readers can see on its page. */
export type FeedStory = {
  id: number;
  title: string;
  path: string;
  dek: string;
  /** Sanitized HTML. */
  body: string;
  publishedAt: Date;
  updatedAt: Date;
  /** The byline: the staff author (with their page) and the credit line (without one), as readers see them. */
  byline: { name: string; path: string | null }[];
  section: FeedLink | null;
  tags: FeedLink[];
  image: { path: string; type: string; size: number; width: number; height: number; alt: string } | null;
};

/** An approved comment as a feed lists it: a name and the text, never an email or an address. */
export type FeedComment = {
  id: number;
  name: string;
  body: string;
  createdAt: Date;
  /** Its approval or last edit by a moderator. */
  updatedAt: Date;
  article: { title: string; path: string };
};

export type FeedChannel = {
  locale: Locale;
  title: string;
  description: string;
  /** The page the feed follows (home, section, tag, author or article). */
  path: string;
  /** This feed's own paths, for `atom:link rel="self"`. */
  self: Record<FeedFormat, string>;
  /** lastBuildDate / `updated`: the latest change among the items. */
  updated: Date;
};
