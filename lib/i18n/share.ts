import type { Locale } from './config';
import type { Dictionary } from './dictionary';
import { ar } from './ar/share';
import { en } from './en/share';
import { fr } from './fr/share';
import type { ShareTarget } from '../share/links';

/** The share box under a story. */
export type ShareMessages = {
  heading: string;
  /** Each service's name as readers of the language know it. */
  targets: Record<ShareTarget, string>;
  /** Added to the accessible name of links that open a new tab. */
  newTab: string;
  copy: string;
  copied: string;
  /** The clipboard refused (an insecure page, a denied permission). */
  copyFailed: string;
  /** The phone's own share sheet (Web Share API). */
  more: string;
};

const all: Dictionary<ShareMessages> = { en, fr, ar };

export function getShareMessages(locale: Locale): ShareMessages {
  return all[locale];
}
