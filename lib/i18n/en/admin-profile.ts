import type { ProfileMessages } from '../admin-profile';

export const en: ProfileMessages = {
  title: 'Your profile',
  intro: 'How you appear in the newsroom and to readers.',
  account: 'Account',
  email: 'Email',
  role: 'Role',
  namesTitle: 'Names shown to readers',
  namesIntro:
    'Bylines and author pages show the name for the reader’s language. Leave a language empty to show the default name there.',
  namesOf: 'Names of {name}',
  defaultName: 'Default name',
  defaultNameHint: 'Used in the newsroom, and for readers of a language without its own name.',
  nameIn: 'Name in {language}',
  nameInHint: 'Empty: the default name is shown.',
  languages: { en: 'English', fr: 'French', ar: 'Arabic' },
  save: 'Save names',
  working: 'Saving…',
  saved: 'Names saved. Readers see them now.',
  unchanged: 'Nothing to save: the names are unchanged.',
  errors: {
    required: 'Enter a name.',
    tooLong: 'Use at most {max} characters.',
    invalid: 'Remove control characters and direction marks from the name.',
  },
  profile: {
    title: 'Public profile',
    intro: 'Shown on your author page and at the end of each story you sign.',
    bioIn: 'Biography in {language}',
    bioHint: 'Two or three sentences, at most 600 characters. Empty: none in this language.',
    social: 'Profiles elsewhere',
    socialHint: 'One https address per line, at most 6.',
    photo: 'Photo',
    photoHint:
      'A portrait, JPEG, PNG, WebP or AVIF, up to 2 MB. Shown round on your author page and beside your biography.',
    photoCurrent: 'In use',
    photoRemove: 'Remove the photo',
    photoNone: 'No photo yet.',
    save: 'Save profile',
    saved: 'Profile saved. Readers see it now.',
    errors: {
      fix: 'Nothing was saved: see the messages next to the fields.',
      bioTooLong: 'Use at most {max} characters.',
      url: 'Line {line} is not an https address.',
      tooManyLinks: 'At most {max} addresses.',
    },
  },
};
