// What the article editor sends to its server actions and what they answer. Types only, so the
// editor (a client component) and the actions share them without importing each other: the
// page hands the actions to the editor as props.
import type { Transition } from '../auth/permissions';
import type { FormState } from '../form-state';
import type { Locale } from '../i18n/config';
import type { EditableArticle } from './admin';
import type { ArticleKind } from './kind';
import type { ArticleStatus } from './live';

/** What every editor action answers: a FormState, plus the article as saved or as it now is. */
export type EditorState = FormState & {
  article?: EditableArticle;
  /** Set when someone else saved first: the current version, to show beside the person's own. */
  current?: EditableArticle;
};

/** `confirmLive`: the person chose to change a live story for readers (never sent by autosave). */
export type SaveRequest = { version: number; input: Record<string, unknown>; confirmLive?: boolean };

export type TransitionRequest = {
  transition: Transition;
  expectedVersion: number;
  /** ISO 8601 with an offset, for `schedule`. */
  publishAt?: string;
  confirmLive?: boolean;
};

export type ArticleSearch = { q: string; locale?: Locale; excludeLocale?: Locale; kind?: ArticleKind };

export type ArticleSearchHit = { id: number; title: string; locale: Locale; status: ArticleStatus };

/** The server actions the editor calls, bound by nothing: the article id comes first. */
export type EditorActions = {
  create: (input: Record<string, unknown>) => Promise<EditorState>;
  save: (articleId: number, request: SaveRequest) => Promise<EditorState>;
  autosave: (articleId: number, request: SaveRequest) => Promise<EditorState>;
  transition: (articleId: number, request: TransitionRequest) => Promise<EditorState>;
  search: (request: ArticleSearch) => Promise<ArticleSearchHit[]>;
};
