import type { RevisionKind } from '../articles/revisions';
import type { Locale } from './config';
import type { Dictionary } from './dictionary';
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
  updatedOn: string;
  confirm: Record<Offline, { title: string; body: string; action: string }>;
  cancel: string;
  revisions: {
    number: string;
    when: string;
    author: string;
    kind: string;
    kinds: Record<RevisionKind, string>;
    revertOf: string;
    label: string;
    view: string;
    diffTitle: string;
    diffHint: string;
    noChanges: string;
    unchanged: string;
    fields: { title: string; dek: string; body: string };
    removed: string;
    added: string;
    start: string;
    confirmTitle: string;
    confirmBody: string;
    confirmLive: string;
    confirmAction: string;
    nowLive: string;
  };
  menu: string;
};

const all: Dictionary<LiveMessages> = { en, fr, ar };

export function getLiveMessages(locale: Locale): LiveMessages {
  return all[locale];
}
