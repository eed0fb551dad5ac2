import type { FormState } from '../form-state';

// Types only: the moderation queue's components receive its actions as props from the page.

/** An edit or reply form's answer kept across the redirect of a post without JavaScript. */
export type KeptQueueForm = { key: string; state: FormState };

export type QueueActions = {
  /** One row's buttons: the comment is bound, the decision is the button pressed. */
  moderate: (id: number, form: FormData) => Promise<void>;
  bulk: (form: FormData) => Promise<void>;
  empty: (status: 'spam' | 'trash', form: FormData) => Promise<void>;
  edit: (id: number, state: FormState, form: FormData) => Promise<FormState>;
  reply: (id: number, state: FormState, form: FormData) => Promise<FormState>;
};
