import type { ArticleErrorCode, ArticleField } from '../articles/input';
import type { Transition } from '../auth/permissions';
import type { Locale } from './config';
import type { Dictionary } from './dictionary';
import type { PluralForms } from './messages';
import { ar } from './ar/admin-editor';
import { en } from './en/admin-editor';
import { fr } from './fr/admin-editor';

export type UploadErrorCode =
  'forbidden' | 'too-large' | 'too-many-pixels' | 'not-an-image' | 'unsupported-format' | 'alt-required' | 'empty';

/** Every string of the article screens (list, editor, revisions, preview). A missing key fails the type check. */
export type EditorMessages = {
  list: {
    title: string;
    statusTabs: string;
    all: string;
    filters: string;
    language: string;
    anyLanguage: string;
    section: string;
    anySection: string;
    author: string;
    anyAuthor: string;
    search: string;
    sort: string;
    sortUpdated: string;
    sortPublished: string;
    sortTitle: string;
    reset: string;
    columns: {
      title: string;
      status: string;
      language: string;
      section: string;
      author: string;
      updated: string;
      published: string;
    };
    empty: string;
    count: PluralForms;
    pagination: string;
    previous: string;
    next: string;
    pageOf: string;
    preview: string;
  };
  editor: {
    newTitle: string;
    editTitle: string;
    newPageTitle: string;
    editPageTitle: string;
    fields: string;
    title: string;
    slug: string;
    slugHint: string;
    dek: string;
    body: string;
    section: string;
    noSection: string;
    tags: string;
    tagsHint: string;
    language: string;
    languageLocked: string;
    translationOf: string;
    translationHint: string;
    linkedTranslations: string;
    related: string;
    relatedHint: string;
    seo: string;
    seoTitle: string;
    seoDescription: string;
    commentsOpen: string;
    /** The byline's credit line and its switch. */
    bylineCredit: string;
    bylineCreditHint: string;
    recentCredits: string;
    creditOnly: string;
    creditOnlyHint: string;
    status: string;
    scheduledFor: string;
    publishedOn: string;
    preview: string;
    revisions: string;
    viewLive: string;
    readOnly: string;
    inTrash: string;
    leaveConfirm: string;
    unsaved: string;
    saving: string;
    savedAt: string;
    autosavedAt: string;
    autosaveSkipped: string;
  };
  image: {
    featured: string;
    file: string;
    alt: string;
    altHint: string;
    hint: string;
    upload: string;
    uploading: string;
    remove: string;
    current: string;
    insert: string;
    insertTitle: string;
    caption: string;
    captionHint: string;
    credit: string;
    creditHint: string;
    editTitle: string;
    apply: string;
    errors: Record<UploadErrorCode, string>;
  };
  picker: {
    search: string;
    results: string;
    noResults: string;
    add: string;
    remove: string;
    limit: string;
  };
  toolbar: {
    label: string;
    heading2: string;
    heading3: string;
    bold: string;
    italic: string;
    bulletList: string;
    orderedList: string;
    blockquote: string;
    link: string;
    image: string;
    undo: string;
    redo: string;
    linkUrl: string;
    linkApply: string;
    linkRemove: string;
    linkInvalid: string;
  };
  workflow: {
    label: string;
    saveDraft: string;
    save: string;
    submit: string;
    publish: string;
    schedule: string;
    scheduleAt: string;
    timeZone: string;
    scheduleInvalid: string;
    unpublish: string;
    archive: string;
    trash: string;
    restore: string;
    done: Record<Transition, string>;
  };
  errors: {
    summary: string;
    forbidden: string;
    signedOut: string;
    notFound: string;
    transitionConflict: string;
    field: Record<ArticleErrorCode, string>;
    titleRequired: string;
    creditRequired: string;
    slugTaken: string;
    slugInvalid: string;
    translationTaken: string;
    translationInvalid: string;
    relatedInvalid: string;
    tagsInvalid: string;
  };
  conflict: {
    title: string;
    body: string;
    mine: string;
    theirs: string;
    keepMine: string;
    takeTheirs: string;
  };
  revisions: {
    title: string;
    back: string;
    empty: string;
    version: string;
    author: string;
    time: string;
    kind: string;
    autosave: string;
    manual: string;
    view: string;
    viewing: string;
    restore: string;
    restoreHint: string;
    restored: string;
    conflict: string;
    failed: string;
    unknownAuthor: string;
  };
  preview: { banner: string; status: string };
};

const all: Dictionary<EditorMessages> = { en, fr, ar };

export function getEditorMessages(locale: Locale): EditorMessages {
  return all[locale];
}

/** The sentence shown next to a field for an error code from lib/articles/input.ts. */
export function describeFieldError(t: EditorMessages, field: ArticleField, code: ArticleErrorCode): string {
  if (field === 'title' && code === 'required') return t.errors.titleRequired;
  if (field === 'bylineCredit' && code === 'required') return t.errors.creditRequired;
  if (field === 'slug' && code === 'taken') return t.errors.slugTaken;
  if (field === 'slug' && code === 'invalid') return t.errors.slugInvalid;
  if (field === 'translationOf' && code === 'taken') return t.errors.translationTaken;
  if (field === 'translationOf') return t.errors.translationInvalid;
  if (field === 'relatedIds') return t.errors.relatedInvalid;
  if (field === 'tags') return t.errors.tagsInvalid;
  if (field === 'locale' && code === 'locked') return t.editor.languageLocked;
  return t.errors.field[code];
}
