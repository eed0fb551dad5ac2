'use client';

import { useId } from 'react';
import type { EditableArticle } from '@/lib/articles/admin';
import type { EditorActions } from '@/lib/articles/editor-state';
import type { ArticleChoice, SectionChoice } from '@/lib/articles/list';
import type { Role } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/config';
import type { EditorStrings } from '@/lib/i18n/editor-strings';
import { slugify } from '@/lib/slug';
import { ArticleConflict } from './article-conflict';
import { ArticleEditorHeader } from './article-editor-header';
import { ArticleFeaturedImage } from './article-featured-image';
import { rebaseBody, type ArticleFormValues } from './article-form-values';
import { ArticleMainFields } from './article-main-fields';
import { ArticleSideFields } from './article-side-fields';
import { ArticleWorkflow } from './article-workflow';
import { EditorStringsProvider } from './editor/editor-strings';
import { keepEnterFromSubmitting } from './editor/enter-guard';
import { RichTextEditor } from './editor/rich-text-editor';
import { useArticleSave } from './editor/use-article-save';

/** The article form: its state and saving live in useArticleSave; the page gives the server actions. */
export function ArticleEditor({
  adminLocale,
  actor,
  actions,
  initial,
  initialValues,
  relatedChoices,
  sections,
  recentCredits,
  initialNotice,
  strings,
}: {
  adminLocale: Locale;
  /** The editor's strings in the staff member's language (getEditorStrings on the server). */
  strings: EditorStrings;
  actor: { id: number; role: Role };
  actions: EditorActions;
  initial: EditableArticle | null;
  initialValues: ArticleFormValues;
  relatedChoices: ArticleChoice[];
  sections: SectionChoice[];
  /** Credit lines used lately, offered in the credit field. */
  recentCredits: string[];
  initialNotice?: string;
}) {
  const t = strings.editor;
  // Unique per instance: Next keeps recently left screens mounted (hidden), so fixed ids would clash.
  const idp = `ed${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const editor = useArticleSave({
    adminLocale,
    strings,
    actor,
    actions,
    initial,
    initialValues,
    relatedChoices,
    initialNotice,
  });
  const { values, setValues, article, access, canEdit, errors, conflict, busy, slugFollows } = editor;
  const set = <K extends keyof ArticleFormValues>(key: K, value: ArticleFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const bodyError = errors.body;
  return (
    <EditorStringsProvider strings={strings}>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Enter's implicit submission belongs to the form, so it is stopped on the form (see enter-guard.ts) */}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void editor.onSave();
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
          kind={values.kind}
          readOnly={!canEdit}
          dirty={editor.dirty}
          live={editor.live}
          notice={editor.notice}
        />
        {conflict && (
          <ArticleConflict
            adminLocale={adminLocale}
            articleLocale={values.locale}
            mine={conflict.mine}
            theirs={conflict.theirs}
            theirVersion={conflict.theirs.version}
            busy={busy}
            onKeepMine={() => void editor.keepMine(conflict.theirs.version)}
            onTakeTheirs={() => editor.takeTheirs(conflict.theirs)}
          />
        )}
        <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <fieldset disabled={!canEdit} className="grid min-w-0 content-start gap-5">
            <legend className="sr-only">{t.editor.fields}</legend>
            <ArticleMainFields
              idp={idp}
              values={values}
              errors={errors}
              onTitle={(title) =>
                setValues((v) => ({
                  ...v,
                  title,
                  slug: slugFollows && !article?.publishedAt ? slugify(title) : v.slug,
                }))
              }
              onSlug={(slug) => {
                editor.setSlugFollows(slug === '');
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
                resetKey={editor.bodyReset}
                onChange={(html) => set('body', html)}
                onLoad={(loaded, canonical) => {
                  if (loaded === canonical) return;
                  setValues((v) => (v.body === loaded ? { ...v, body: canonical } : v));
                  editor.setBaseline((b) => rebaseBody(b, loaded, canonical));
                }}
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
            {values.kind === 'story' && (
              <ArticleFeaturedImage
                articleLocale={values.locale}
                value={values.featured}
                onChange={(image) => set('featured', image)}
                error={errors.featuredMediaId}
                errors={{ caption: errors.featuredCaption, credit: errors.featuredCredit }}
                disabled={!canEdit}
              />
            )}
          </fieldset>
          <div className="grid content-start gap-5">
            <ArticleWorkflow
              idp={idp}
              actor={actor}
              access={access}
              isNew={!article}
              canEdit={canEdit}
              busy={busy}
              scheduleError={errors.publishAt || undefined}
              onTransition={(transition, publishAt, confirmLive) =>
                void editor.onTransition(transition, publishAt, confirmLive)
              }
            />
            <ArticleSideFields
              idp={idp}
              adminLocale={adminLocale}
              values={values}
              errors={errors}
              set={set}
              search={actions.search}
              sections={sections}
              recentCredits={recentCredits}
              article={article}
              disabled={!canEdit}
            />
          </div>
        </div>
      </form>
    </EditorStringsProvider>
  );
}
