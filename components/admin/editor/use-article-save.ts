'use client';

import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { EditableArticle } from '@/lib/articles/admin';
import type { ArticleChoice } from '@/lib/articles/list';
import type { EditorActions, EditorState } from '@/lib/articles/editor-state';
import { isLive } from '@/lib/articles/live';
import { can, canEditArticle, type Role, type Transition } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/config';
import type { EditorStrings } from '@/lib/i18n/editor-strings';
import { fill } from '@/lib/i18n/format';
import { slugify } from '@/lib/slug';
import { fingerprint, toInput, valuesFrom, type ArticleFormValues } from '../article-form-values';
import { useLeaveGuard } from './leave-guard';

export type Notice = { kind: 'error' | 'success'; text: string } | null;

/** Until edited by hand, the slug of a never-published story follows its title. */
function followsTitle(article: EditableArticle | null): boolean {
  if (!article) return true;
  return (
    !article.publishedAt &&
    (article.status === 'draft' || article.status === 'pending') &&
    article.slug === slugify(article.title)
  );
}

/**
 * The editor's state and its conversation with the server: the values typed, the article as last
 * saved, one request at a time (a click during an autosave waits for it), autosave of drafts, the
 * conflict when someone saved first, and what to tell the person. The component only renders.
 */
export function useArticleSave({
  adminLocale,
  strings,
  actor,
  actions,
  initial,
  initialValues,
  relatedChoices,
  initialNotice,
}: {
  adminLocale: Locale;
  strings: EditorStrings;
  actor: { id: number; role: Role };
  actions: EditorActions;
  initial: EditableArticle | null;
  initialValues: ArticleFormValues;
  relatedChoices: ArticleChoice[];
  initialNotice?: string;
}) {
  const t = strings.editor;
  const [values, setValues] = useState(initialValues);
  const [article, setArticle] = useState(initial);
  const [baseline, setBaseline] = useState(() => fingerprint(initialValues));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(initialNotice ? { kind: 'success', text: initialNotice } : null);
  const [live, setLive] = useState('');
  const [conflict, setConflict] = useState<{ mine: ArticleFormValues; theirs: EditableArticle } | null>(null);
  const [busy, setBusy] = useState(false);
  const [slugFollows, setSlugFollows] = useState(() => followsTitle(initial));
  const [bodyReset, setBodyReset] = useState(0);
  const busyRef = useRef(false);
  const valuesRef = useRef(values);
  valuesRef.current = values;
  const articleRef = useRef(article);
  articleRef.current = article;

  const dirty = fingerprint(values) !== baseline;
  const access = article
    ? { authorId: article.author.id, status: article.status, deleted: article.deleted }
    : { authorId: actor.id, status: 'draft' as const, deleted: false };
  const canEdit = article ? canEditArticle(actor, access) : can(actor.role, 'article.create');
  const allowLeave = useLeaveGuard(dirty, t.editor.leaveConfirm);

  const clock = () => new Intl.DateTimeFormat(adminLocale, { hour: '2-digit', minute: '2-digit' }).format(new Date());
  const genericError = () => strings.admin.genericError;
  const messageOf = (state: EditorState) =>
    state.code === 'forbidden'
      ? t.errors.forbidden
      : state.code === 'signed-out'
        ? t.errors.signedOut
        : (state.message ?? genericError());

  const keep = (saved: EditableArticle) => {
    setArticle(saved);
    articleRef.current = saved;
  };

  // One request at a time, in order: a click during an autosave waits for it (and then uses
  // the version it produced) instead of being lost or racing it.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  function enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.current.then(async () => {
      busyRef.current = true;
      setBusy(true);
      try {
        return await work();
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    });
    queue.current = run.catch(() => null);
    return run;
  }

  /** Saves (or creates); answers the saved article, or null when nothing was saved. */
  function save(
    kind: 'save' | 'autosave',
    over?: { values: ArticleFormValues; version: number },
  ): Promise<EditableArticle | null> {
    if (kind === 'autosave' && busyRef.current) return Promise.resolve(null);
    return enqueue(() => saveNow(kind, over));
  }

  async function saveNow(
    kind: 'save' | 'autosave',
    over?: { values: ArticleFormValues; version: number },
  ): Promise<EditableArticle | null> {
    const snapshot = over?.values ?? valuesRef.current;
    const current = articleRef.current;
    if (kind === 'save') setLive(t.editor.saving);
    let result: EditorState;
    try {
      const input = toInput(snapshot);
      if (!current) result = await actions.create(input);
      else {
        const send = kind === 'autosave' ? actions.autosave : actions.save;
        // On a live story only an explicit save ("Update live story", or before a confirmed move)
        // changes it for readers; autosave never does.
        const confirmLive = kind === 'save' && isLive(current);
        result = await send(current.id, { version: over?.version ?? current.version, input, confirmLive });
      }
    } catch {
      setLive('');
      setNotice({ kind: 'error', text: genericError() });
      return null;
    }
    if (result.status === 'success' && result.article) {
      const saved = result.article;
      keep(saved);
      setBaseline(fingerprint({ ...snapshot, slug: saved.slug, translationOf: null }));
      setValues((v) => ({
        ...v,
        slug: v.slug === snapshot.slug ? saved.slug : v.slug,
        translationOf: v.translationOf?.id === snapshot.translationOf?.id ? null : v.translationOf,
      }));
      setErrors({});
      setConflict(null);
      setLive(fill(kind === 'autosave' ? t.editor.autosavedAt : t.editor.savedAt, { time: clock() }));
      if (kind === 'save') setNotice(null);
      return saved;
    }
    setLive(kind === 'autosave' ? t.editor.autosaveSkipped : '');
    if (result.code === 'confirm-live' && result.article) {
      // It went live meanwhile (a scheduled time came): show it as live; the person decides again.
      keep(result.article);
      if (kind === 'save') setNotice({ kind: 'error', text: messageOf(result) });
    } else if (result.current) setConflict({ mine: snapshot, theirs: result.current });
    else if (result.status === 'invalid') {
      if (kind === 'save') {
        setErrors(result.fieldErrors ?? {});
        setNotice({ kind: 'error', text: messageOf(result) });
      }
    } else setNotice({ kind: 'error', text: messageOf(result) });
    return null;
  }

  /**
   * After creating, a full page load of the new article's screen: a client navigation would
   * leave this "new article" screen mounted (hidden) with the created article in its state.
   */
  function openCreated(id: number, notice: string) {
    allowLeave();
    window.location.replace(`/admin/articles/${id}?notice=${notice}`);
  }

  async function onSave() {
    const wasNew = !articleRef.current;
    const saved = await save('save');
    if (saved && wasNew) openCreated(saved.id, 'saved');
  }

  async function onTransition(transition: Transition, publishAt?: string, confirmLive?: boolean) {
    const wasNew = !articleRef.current;
    let current = articleRef.current;
    if (!current || (dirty && canEdit)) {
      current = await save('save');
      if (!current) return;
    }
    const target = current;
    let result: EditorState;
    try {
      result = await enqueue(() =>
        actions.transition(target.id, {
          transition,
          expectedVersion: articleRef.current?.version ?? target.version,
          publishAt,
          confirmLive,
        }),
      );
    } catch {
      setNotice({ kind: 'error', text: genericError() });
      return;
    }
    if (result.status === 'success' && result.article) {
      keep(result.article);
      setErrors((e) => ({ ...e, publishAt: '' }));
      if (wasNew) openCreated(current.id, transition);
      else setNotice({ kind: 'success', text: t.workflow.done[transition] });
      return;
    }
    if (result.fieldErrors?.publishAt) setErrors((e) => ({ ...e, publishAt: result.fieldErrors!.publishAt! }));
    else setNotice({ kind: 'error', text: messageOf(result) });
    if (wasNew) openCreated(current.id, 'saved');
  }

  // A screen shown again (Next keeps left screens mounted) may arrive with a new message:
  // shown as it arrives, while rendering (React's way to adjust state to a changed prop).
  const [noticeGiven, setNoticeGiven] = useState(initialNotice);
  if (noticeGiven !== initialNotice) {
    setNoticeGiven(initialNotice);
    if (initialNotice) setNotice({ kind: 'success', text: initialNotice });
  }

  // A newer version from the server (screen shown again after someone saved): show it, unless
  // this person has unsaved changes — then their next save meets the conflict dialog instead.
  // An effect event: it runs when `initial` changes, reading the latest edit state without reacting to it.
  const onServerVersion = useEffectEvent((server: EditableArticle | null) => {
    const local = articleRef.current;
    if (!server || !local || server.id !== local.id || server.version <= local.version) return;
    if (dirty || busyRef.current || conflict) return;
    takeTheirs(server);
  });
  useEffect(() => {
    onServerVersion(initial);
  }, [initial]);

  function takeTheirs(theirs: EditableArticle) {
    const next = valuesFrom(theirs, [...valuesRef.current.related, ...relatedChoices]);
    setValues(next);
    setBaseline(fingerprint(next));
    keep(theirs);
    setSlugFollows(followsTitle(theirs));
    setBodyReset((n) => n + 1);
    setErrors({});
    setConflict(null);
  }

  // Autosave drafts and pending stories ~3 s after the last change.
  const autosave = useEffectEvent(() => void save('autosave'));
  useEffect(() => {
    const current = articleRef.current;
    if (!dirty || busy || conflict || !canEdit || !current || current.deleted) return;
    if (current.status !== 'draft' && current.status !== 'pending') return;
    const timer = setTimeout(autosave, 3000);
    return () => clearTimeout(timer);
  }, [values, dirty, busy, conflict, canEdit, article]);

  return {
    values,
    setValues,
    setBaseline,
    article,
    access,
    canEdit,
    dirty,
    errors,
    notice,
    live,
    conflict,
    busy,
    slugFollows,
    setSlugFollows,
    bodyReset,
    /** Saves what is typed (Ctrl+S, the save button, Enter). */
    onSave,
    onTransition,
    /** From the conflict dialog: save mine over the version now current. */
    keepMine: (version: number) => save('save', { values: valuesRef.current, version }),
    takeTheirs,
  };
}
