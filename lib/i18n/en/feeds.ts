import type { FeedMessages } from '../feeds';

export const en: FeedMessages = {
  scoped: '{site}: {name}',
  comments: 'Comments',
  articleComments: 'Comments on “{title}”',
  commentItem: '{name} on “{title}”',
  atom: 'Atom',
  admin: {
    title: 'Feeds',
    content: 'Stories in RSS and Atom feeds',
    full: 'The whole story',
    excerpt: 'The standfirst only (readers open the site to read on)',
    excerptHint: 'A story without a standfirst shows the start of its text.',
    save: 'Save feed settings',
    saved: 'Feed settings saved.',
    forbidden: 'You may not change the settings.',
    invalid: 'Choose what the feeds carry.',
  },
};
