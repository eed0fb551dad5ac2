import type { Locale } from './config';
import type { Dictionary } from './dictionary';
import { ar } from './ar/comment-messages';
import { en } from './en/comment-messages';
import { fr } from './fr/comment-messages';

export type CommentMessages = {
  formTitle: string;
  replyingTo: string;
  cancelReply: string;
  reply: string;
  name: string;
  email: string;
  emailNote: string;
  website: string;
  websiteHint: string;
  comment: string;
  commentHint: string;
  requiredMark: string;
  requiredNote: string;
  captchaLabel: string;
  captchaLoading: string;
  captchaNoScript: string;
  honeypot: string;
  submit: string;
  submitting: string;
  errors: {
    required: string;
    'too-long': string;
    invalid: string;
    'invalid-url': string;
    wrong: string;
    expired: string;
    replayed: string;
    emailInvalid: string;
  };
  /** Next to a field longer than the form accepts. */
  tooLong: string;
  fixErrors: string;
  closed: string;
  /** The database cannot be reached: nothing was posted, everything typed is still in the form. */
  unavailable: string;
  rateLimited: string;
  duplicate: string;
  notFound: string;
  genericError: string;
  successPending: string;
  successApproved: string;
  awaitingModeration: string;
  yourPending: string;
  backToArticle: string;
  commentOn: string;
  nextStep: string;
};

const all: Dictionary<CommentMessages> = { en, fr, ar };

export function getCommentMessages(locale: Locale): CommentMessages {
  return all[locale];
}
