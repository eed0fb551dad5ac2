import type { MediaRef } from '../media/ref';
import { locales, type Locale } from '../i18n/config';
import { getMessages } from '../i18n/messages';

/**
 * The publication's own identity, set by an admin in /admin/settings (lib/identity/settings.ts):
 * what it is called and how it describes itself in each language, how readers reach it, and
 * the order of its languages. Every reader page, feed, sitemap, card and structured-data block
 * reads it from here; until an admin saves it, the dictionaries' defaults stand.
 */
export type Identity = {
  /** The site name in each language ("ميادين", "Mayadin"). */
  name: Record<Locale, string>;
  /** One line under the masthead, the home page's description. */
  tagline: Record<Locale, string>;
  /** The footer's text (plain text; line breaks kept). */
  footer: Record<Locale, string>;
  /** Shown in the footer and the publication's structured data; empty for none. */
  contactEmail: string;
  /** The publication's profiles elsewhere (https addresses), in the order shown. */
  social: string[];
  /** The languages in the order the switcher lists them. */
  languageOrder: Locale[];
  /** The masthead's logo on a light background (uploaded through the image pipeline); null: the name in type. */
  logoLight: IdentityImage | null;
  /** The logo for readers whose system is in dark mode; null: the light one serves both. */
  logoDark: IdentityImage | null;
  /** The link preview of pages that are not one story (home, sections, tags, authors); null: the drawn card. */
  shareImage: IdentityImage | null;
};

/** An uploaded image the identity uses: the media row, its address, size and share crop. */
export type IdentityImage = MediaRef;

/** The identity's images, by field name. */
export const identityImageFields = ['logoLight', 'logoDark', 'shareImage'] as const;
export type IdentityImageField = (typeof identityImageFields)[number];

function perLocale(pick: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(locales.map((locale) => [locale, pick(locale)])) as Record<Locale, string>;
}

/** What a new installation shows: the dictionaries' name, tagline and footer. */
export function defaultIdentity(): Identity {
  return {
    name: perLocale((l) => getMessages(l).siteName),
    tagline: perLocale((l) => getMessages(l).tagline),
    footer: perLocale((l) => getMessages(l).footerAbout),
    contactEmail: '',
    social: [],
    languageOrder: [...locales],
    logoLight: null,
    logoDark: null,
    shareImage: null,
  };
}

/** Known networks by host, for a profile link's name; any other host is named by itself. */
const NETWORKS: Record<string, string> = {
  'x.com': 'X',
  'twitter.com': 'X',
  'facebook.com': 'Facebook',
  'instagram.com': 'Instagram',
  'youtube.com': 'YouTube',
  't.me': 'Telegram',
  'telegram.me': 'Telegram',
  'whatsapp.com': 'WhatsApp',
  'linkedin.com': 'LinkedIn',
  'tiktok.com': 'TikTok',
  'threads.net': 'Threads',
  'bsky.app': 'Bluesky',
  'mastodon.social': 'Mastodon',
};

/** A profile link's name: the network's ("Facebook"), else the address's host. */
export function socialName(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
  } catch {
    return url;
  }
  return NETWORKS[host] ?? host;
}
