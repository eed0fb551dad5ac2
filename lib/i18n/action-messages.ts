import type { Locale } from './config';
import type { Dictionary } from './dictionary';
import { ar } from './ar/action-messages';
import { en } from './en/action-messages';
import { fr } from './fr/action-messages';

/** What the action pipeline says by itself: refusals before the handler runs, and failures. */
export type ActionMessages = {
  signedOut: string;
  forbidden: string;
  genericError: string;
  fields: { required: string; tooLong: string; invalid: string };
};

const all: Dictionary<ActionMessages> = { en, fr, ar };

export function getActionMessages(locale: Locale): ActionMessages {
  return all[locale];
}
