import type { AdminCorrectionsMessages } from '../admin-corrections';

export const en: AdminCorrectionsMessages = {
  title: 'Corrections',
  intro:
    'A correction is dated and shown at the end of the story, with a "Corrected" mark under the headline, and on the public corrections page. It cannot be taken back: correct a correction with another one.',
  none: 'No correction yet.',
  body: 'Correction note',
  hint: 'Say what was wrong and what is right, in the story’s language.',
  add: 'Publish correction',
  added: 'Correction published.',
  errors: {
    required: 'Write the correction.',
    tooLong: 'Keep it under {max} characters.',
    notLive: 'Only a story readers can see now takes a correction.',
    notFound: 'This story no longer exists.',
    forbidden: 'Only editors and admins publish corrections.',
  },
};
