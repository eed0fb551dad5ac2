import type { ActionMessages } from '../action-messages';

export const en: ActionMessages = {
  signedOut: 'Your session has ended. Sign in again; nothing you typed here is lost.',
  forbidden: 'Your role does not allow this.',
  genericError: 'Something went wrong on our side. Nothing was lost: try again in a moment.',
  fields: { required: 'This field is required.', tooLong: 'This is too long.', invalid: 'Check this value.' },
};
