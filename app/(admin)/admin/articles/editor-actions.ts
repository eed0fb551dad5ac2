import type { EditorActions } from '@/lib/articles/editor-state';
import {
  autosaveArticleAction,
  createArticleAction,
  saveArticleAction,
  searchArticlesAction,
  transitionArticleAction,
} from './actions';

/** The server actions the article editor calls, handed to it as a prop by the editor pages. */
export const editorActions: EditorActions = {
  create: createArticleAction,
  save: saveArticleAction,
  autosave: autosaveArticleAction,
  transition: transitionArticleAction,
  search: searchArticlesAction,
};
