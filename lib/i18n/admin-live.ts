import type { RevisionKind } from '../articles/revisions';
import type { Locale } from './config';
import { ar } from './ar/admin-live';
import { en } from './en/admin-live';
import { fr } from './fr/admin-live';

type Offline = 'unpublish' | 'archive' | 'trash';

/** Strings for live stories (confirmations, dates), revision labels and diffs, and the phone menu. */
export type LiveMessages = {
  updateLive: string;
  liveNote: string;
  keepsDate: string;
  needsConfirm: string;
  updatedOn: (date: string) => string;
  confirm: Record<Offline, { title: string; body: string; action: string }>;
  cancel: string;
  revisions: {
    number: string;
    when: string;
    author: string;
    kind: string;
    kinds: Record<RevisionKind, string>;
    revertOf: (n: string) => string;
    label: (n: string) => string;
    view: (n: string) => string;
    diffTitle: string;
    diffHint: string;
    noChanges: string;
    unchanged: string;
    fields: { title: string; dek: string; body: string };
    removed: string;
    added: string;
    start: (n: string) => string;
    confirmTitle: (n: string) => string;
    confirmBody: string;
    confirmLive: string;
    confirmAction: (n: string) => string;
    nowLive: string;
  };
  menu: string;
};

const all: Record<Locale, LiveMessages> = { en, fr, ar };

export function getLiveMessages(locale: Locale): LiveMessages {
  return all[locale];
}
