import type { Challenge } from '../captcha';
import type { FormState } from '../form-state';
import type { Locale } from '../i18n/config';

// Types only: the reader's comment form (a client component) and its action share them.

export type CommentValues = { name: string; email: string; website: string; body: string; parentId: string };

export type CommentFormState = FormState<CommentValues> & {
  challenge?: Challenge;
  posted?: { id: number; name: string; website: string | null; body: string; createdAt: string; pending: boolean };
};

/** The article a comment form posts to, bound by the page: `postComment.bind(null, target)`. */
export type CommentTarget = { articleId: number; locale: Locale; slug: string };
