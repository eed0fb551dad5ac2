import type { AdminMessages } from './admin';
import { getAdminMessages } from './admin';
import { getEditorMessages, type EditorMessages } from './admin-editor';
import { getLiveMessages, type LiveMessages } from './admin-live';
import { getTagSuggestMessages, type TagSuggestMessages } from './admin-tag-suggest';
import type { Locale } from './config';

/** Every string the article editor (a client component) shows, in one language. */
export type EditorStrings = {
  editor: EditorMessages;
  live: LiveMessages;
  admin: AdminMessages;
  tagSuggest: TagSuggestMessages;
};

/** Picked on the server, so the browser receives the editor's strings in the person's language only. */
export function getEditorStrings(locale: Locale): EditorStrings {
  return {
    editor: getEditorMessages(locale),
    live: getLiveMessages(locale),
    admin: getAdminMessages(locale),
    tagSuggest: getTagSuggestMessages(locale),
  };
}
