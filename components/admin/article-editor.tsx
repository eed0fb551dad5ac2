'use client';

import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import {
  autosaveArticleAction,
  createArticleAction,
  saveArticleAction,
  transitionArticleAction,
  type EditorState,
} from '@/app/(admin)/admin/articles/actions';
import type { EditableArticle } from '@/lib/articles/admin';
import { isLive } from '@/lib/articles/live';
import type { ArticleChoice, SectionChoice } from '@/lib/articles/editor-choices';
import { can, canEditArticle, type Role, type Transition } from '@/lib/auth/permissions';
import { getAdminMessages } from '@/lib/i18n/admin';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import type { Locale } from '@/lib/i18n/config';
import { slugify } from '@/lib/slug';
import { ArticleConflict } from './article-conflict';
import { ArticleEditorHeader } from './article-editor-header';
import { ArticleFeaturedImage } from './article-featured-image';
import { fingerprint, rebaseBody, toInput, valuesFrom, type ArticleFormValues } from './article-form-values';
import { ArticleMainFields } from './article-main-fields';
import { ArticleSideFields } from './article-side-fields';
import { ArticleWorkflow } from './article-workflow';
import { keepEnterFromSubmitting } from './editor/enter-guard';
import { useLeaveGuard } from './editor/leave-guard';
import { RichTextEditor } from './editor/rich-text-editor';
import { fill } from '@/lib/i18n/format';

type Notice = { kind: 'error' | 'success'; text: string } | null;

/** Until edited by hand, the slug of a never-published story follows its title. */
function followsTitle(article: EditableArticle | null): boolean {
  if (!article) return true;
  return (
    !article.publishedAt &&
    (article.status === 'draft' || article.status === 'pending') &&
    article.slug === slugify(article.title)
  );
}

export function ArticleEditor({
  adminLocale,
  actor,
  initial,
  initialValues,
  relatedChoices,
  sections,
  initialNotice,
}: {
  adminLocale: Locale;
  actor: { id: number; role: Role };
  initial: EditableArticle | null;
  initialValues: ArticleFormValues;
  relatedChoices: ArticleChoice[];
  sections: SectionChoice[];
  initialNotice?: string;
}) {
  const t = getEditorMessages(adminLocale);
  // Unique per instance: Next keeps recently left screens mounted (hidden), so fixed ids would clash.
  const idp = `ed${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
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

  const set = <K extends keyof ArticleFormValues>(key: K, value: ArticleFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const clock = () => new Intl.DateTimeFormat(adminLocale, { hour: '2-digit', minute: '2-digit' }).format(new Date());
  const messageOf = (state: EditorState) =>
    state.message === 'forbidden'
      ? t.errors.forbidden
      : state.message === 'signed-out'
        ? t.errors.signedOut
        : (state.message ?? getAdminMessages(adminLocale).genericError);

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
      if (!current) result = await createArticleAction(input);
      else {
        const action = kind === 'autosave' ? autosaveArticleAction : saveArticleAction;
        // On a live story only an explicit save ("Update live story", or before a confirmed move)
        // changes it for readers; autosave never does.
        const confirmLive = kind === 'save' && isLive(current);
        result = await action.bind(null, current.id)({ version: over?.version ?? current.version, input, confirmLive });
      }
    } catch {
      setLive('');
      setNotice({ kind: 'error', text: getAdminMessages(adminLocale).genericError });
      return null;
    }
    if (result.status === 'success' && result.article) {
      const saved = result.article;
      setArticle(saved);
      articleRef.current = saved;
      setBaseline(fingerprint({ ...snapshot, slug: saved.slug, translationOf: null }));
      setValues((v) => ({
        ...v,
        slug: v.slug === snapshot.slug ? saved.slug : v.slug,
        translationOf: v.translationOf?.id === snapshot.translationOf?.id ? null : v.translationOf,
      }));
      setErrors({});
      setConflict(null);
      setLive(
        kind === 'autosave' ? fill(t.editor.autosavedAt, { time: clock() }) : fill(t.editor.savedAt, { time: clock() }),
      );
      if (kind === 'save') setNotice(null);
      return saved;
    }
    setLive(kind === 'autosave' ? t.editor.autosaveSkipped : '');
    if (result.code === 'confirm-live' && result.article) {
      // It went live meanwhile (a scheduled time came): show it as live; the person decides again.
      setArticle(result.article);
      articleRef.current = result.article;
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
        transitionArticleAction.bind(
          null,
          target.id,
        )({ transition, expectedVersion: articleRef.current?.version ?? target.version, publishAt, confirmLive }),
      );
    } catch {
      setNotice({ kind: 'error', text: getAdminMessages(adminLocale).genericError });
      return;
    }
    if (result.status === 'success' && result.article) {
      setArticle(result.article);
      articleRef.current = result.article;
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
    setArticle(theirs);
    articleRef.current = theirs;
    setSlugFollows(followsTitle(theirs));
    setBodyReset((n) => n + 1);
    setErrors({});
    setConflict(null);
  }

  // Autosave drafts and pending stories ~3 s after the last change .
  const autosave = useEffectEvent(() => void save('autosave'));
  useEffect(() => {
    const current = articleRef.current;
    if (!dirty || busy || conflict || !canEdit || !current || current.deleted) return;
    if (current.status !== 'draft' && current.status !== 'pending') return;
    const timer = setTimeout(autosave, 3000);
    return () => clearTimeout(timer);
  }, [values, dirty, busy, conflict, canEdit, article]);

  const bodyError = errors.body;
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Enter's implicit submission belongs to the form, so it is stopped on the form (see enter-guard.ts)
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSave();
      }}
      onKeyDown={keepEnterFromSubmitting}
      aria-labelledby={`${idp}-heading`}
      // Room under the last field for the action bar fixed to the bottom of phone screens.
      className="max-sm:pb-36"
    >
      <ArticleEditorHeader
        idp={idp}
        adminLocale={adminLocale}
        article={article}
        readOnly={!canEdit}
        dirty={dirty}
        live={live}
        notice={notice}
      />
      {conflict && (
        <ArticleConflict
          adminLocale={adminLocale}
          articleLocale={values.locale}
          mine={conflict.mine}
          theirs={conflict.theirs}
          theirVersion={conflict.theirs.version}
          busy={busy}
          onKeepMine={() => void save('save', { values: valuesRef.current, version: conflict.theirs.version })}
          onTakeTheirs={() => takeTheirs(conflict.theirs)}
        />
      )}
      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <fieldset disabled={!canEdit} className="grid min-w-0 content-start gap-5">
          <legend className="sr-only">{t.editor.fields}</legend>
          <ArticleMainFields
            idp={idp}
            adminLocale={adminLocale}
            values={values}
            errors={errors}
            onTitle={(title) =>
              setValues((v) => ({ ...v, title, slug: slugFollows && !article?.publishedAt ? slugify(title) : v.slug }))
            }
            onSlug={(slug) => {
              setSlugFollows(slug === '');
              set('slug', slug);
            }}
            onDek={(dek) => set('dek', dek)}
          />
          <div>
            <span id={`${idp}-body-label`} className="block font-semibold">
              {t.editor.body}
            </span>
            <RichTextEditor
              id={`${idp}-body`}
              labelId={`${idp}-body-label`}
              content={values.body}
              resetKey={bodyReset}
              onChange={(html) => set('body', html)}
              onLoad={(loaded, canonical) => {
                if (loaded === canonical) return;
                setValues((v) => (v.body === loaded ? { ...v, body: canonical } : v));
                setBaseline((b) => rebaseBody(b, loaded, canonical));
              }}
              adminLocale={adminLocale}
              articleLocale={values.locale}
              disabled={!canEdit}
              describedBy={bodyError ? `${idp}-body-error` : undefined}
              invalid={Boolean(bodyError)}
            />
            {bodyError && (
              <p id={`${idp}-body-error`} className="mt-1 text-sm font-semibold text-accent">
                {bodyError}
              </p>
            )}
          </div>
          <ArticleFeaturedImage
            adminLocale={adminLocale}
            articleLocale={values.locale}
            value={values.featured}
            onChange={(image) => set('featured', image)}
            error={errors.featuredMediaId}
            errors={{ caption: errors.featuredCaption, credit: errors.featuredCredit }}
            disabled={!canEdit}
          />
        </fieldset>
        <div className="grid content-start gap-5">
          <ArticleWorkflow
            idp={idp}
            adminLocale={adminLocale}
            actor={actor}
            access={access}
            isNew={!article}
            canEdit={canEdit}
            busy={busy}
            scheduleError={errors.publishAt || undefined}
            onTransition={(transition, publishAt, confirmLive) => void onTransition(transition, publishAt, confirmLive)}
          />
          <ArticleSideFields
            idp={idp}
            adminLocale={adminLocale}
            values={values}
            errors={errors}
            set={set}
            sections={sections}
            article={article}
            disabled={!canEdit}
          />
        </div>
      </div>
    </form>
  );
}
