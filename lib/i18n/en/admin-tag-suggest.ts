import type { TagSuggestMessages } from '../admin-tag-suggest';

export const en: TagSuggestMessages = {
  listLabel: 'Suggestions',
  found: 'Existing tags that match: {count}. Use the up and down arrows, then Enter.',
  hint: 'Existing tags in the article’s language are suggested as you type: choose one with the arrow keys and Enter, or Escape to close the list.',
};
