import type { HeldReason } from '../comments/rules';
import type { ModerationAction, QueueStatus } from '../moderation';
import { ar } from './ar/admin-comments';
import { en } from './en/admin-comments';
import { fr } from './fr/admin-comments';
import type { Locale } from './config';
import type { Dictionary } from './dictionary';
import type { PluralForms } from './messages';

/** What a moderation action reports back through the queue URL (`?done=…&n=…`). */
export const outcomeCodes = [
  'approve',
  'unapprove',
  'spam',
  'not-spam',
  'trash',
  'restore',
  'delete',
  'empty-spam',
  'empty-trash',
  'edit',
  'reply',
  'reply-approved',
  'none-selected',
  'no-action',
  'not-found',
  'forbidden',
  'error',
] as const;
export type OutcomeCode = (typeof outcomeCodes)[number];

type CountedOutcome = ModerationAction | 'empty-spam' | 'empty-trash';

/**
 * Every string of the comment queue and the settings screen. Plain strings only (templates use
 * `{name}` placeholders, see `fill` in ./format; counts use PluralForms with `{count}`) so they can be handed to
 * client components. A locale missing a key fails the type check.
 */
export type AdminCommentsMessages = {
  queue: {
    title: string;
    tabsLabel: string;
    tabs: Record<QueueStatus, string>;
    filters: {
      legend: string;
      article: string;
      articleHint: string;
      language: string;
      anyLanguage: string;
      search: string;
      searchHint: string;
      apply: string;
      clear: string;
      articleChoices: string;
      noArticleMatch: string;
    };
    listLabel: string;
    showing: string;
    empty: string;
    fields: {
      email: string;
      website: string;
      ip: string;
      article: string;
      language: string;
      received: string;
      held: string;
      inReplyTo: string;
      inReplyToName: string;
      details: string;
      fullText: string;
      staff: string;
      onlyThisArticle: string;
      lastDecision: string;
    };
    select: string;
    selectAll: string;
    actionsFor: string;
    actions: Record<ModerationAction, string>;
    deleteWarning: string;
    confirmDelete: string;
    bulk: {
      label: string;
      action: string;
      choose: string;
      apply: string;
      confirmTitle: PluralForms;
      confirmBody: string;
      confirm: string;
      cancel: string;
    };
    emptyStatus: Record<'spam' | 'trash', { open: string; warning: PluralForms; confirm: string }>;
    edit: { open: string; name: string; website: string; websiteHint: string; body: string; save: string };
    reply: { open: string; label: string; hint: string; approvesPending: string; submit: string };
    errors: { required: string; tooLong: string; invalidUrl: string; invalid: string; fix: string; signedOut: string };
    outcomes: Record<CountedOutcome, PluralForms> &
      Record<Exclude<OutcomeCode, CountedOutcome>, string> & { unchanged: string };
    heldReasons: Record<HeldReason, string>;
    pagination: { label: string; previous: string; next: string; pageOf: string };
    shortcuts: {
      open: string;
      title: string;
      intro: string;
      layouts: string;
      close: string;
      keys: Record<'next' | 'previous' | 'approve' | 'spam' | 'trash' | 'reply' | 'select' | 'help' | 'close', string>;
    };
  };
  settings: {
    title: string;
    comments: string;
    closing: string;
    closeNever: string;
    closeAfter: string;
    closeAfterDays: string;
    maxLinks: string;
    maxLinksHint: string;
    blockedWords: string;
    blockedWordsHint: string;
    blockedAddresses: string;
    blockedAddressesHint: string;
    autoApproveKnown: string;
    autoApproveKnownHint: string;
    rateLimit: string;
    rateLimitCount: string;
    rateLimitMinutes: string;
    rateLimitHint: string;
    minFillSeconds: string;
    minFillSecondsHint: string;
    save: string;
    saved: string;
    errors: {
      fix: string;
      number: string;
      tooManyLines: string;
      lineTooLong: string;
      badAddress: string;
      forbidden: string;
    };
  };
};

const all: Dictionary<AdminCommentsMessages> = { en, fr, ar };

export function getAdminCommentsMessages(locale: Locale): AdminCommentsMessages {
  return all[locale];
}
