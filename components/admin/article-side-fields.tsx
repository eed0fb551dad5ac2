'use client';

import { Field, inputClass } from '@/components/ui/field';
import type { EditableArticle } from '@/lib/articles/admin';
import { MAX_BYLINE_CREDIT_LENGTH } from '@/lib/articles/limits';
import type { EditorActions } from '@/lib/articles/editor-state';
import type { SectionChoice } from '@/lib/articles/list';
import { localeNames, type Locale } from '@/lib/i18n/config';
import type { ArticleFormValues } from './article-form-values';
import { ArticlePicker } from './article-picker';
import { LocaleSelect } from './locale-select';
import { TagCombobox } from './tag-combobox';
import { useEditorStrings } from './editor/editor-strings';

type Props = {
  idp: string;
  adminLocale: Locale;
  values: ArticleFormValues;
  errors: Record<string, string>;
  set: <K extends keyof ArticleFormValues>(key: K, value: ArticleFormValues[K]) => void;
  /** The pickers' search (a server action given by the page). */
  search: EditorActions['search'];
  sections: SectionChoice[];
  article: EditableArticle | null;
  /** Credit lines used lately, offered while typing one (lib/articles/list.ts). */
  recentCredits: string[];
  disabled: boolean;
};

/** Language, section, tags, translation and related pickers, SEO and comments. */
export function ArticleSideFields({
  idp,
  adminLocale,
  values,
  errors,
  set,
  search,
  sections,
  article,
  recentCredits,
  disabled,
}: Props) {
  const t = useEditorStrings().editor.editor;
  const isNew = !article;
  // A static page has no section, tags, credit line, related stories or comments.
  const story = values.kind === 'story';
  return (
    <>
      <Field
        id={`${idp}-locale`}
        label={t.language}
        hint={isNew ? undefined : t.languageLocked}
        error={errors.locale}
        size="md"
      >
        {(p) => (
          <LocaleSelect
            {...p}
            value={values.locale}
            disabled={!isNew || disabled}
            onChange={(e) => {
              const locale = e.target.value as Locale;
              set('locale', locale);
              // Related stories share the language; a translation source must not.
              set('related', []);
              if (values.translationOf?.locale === locale) set('translationOf', null);
            }}
            className={inputClass}
          />
        )}
      </Field>
      {story && (
        <>
          <Field id={`${idp}-section`} label={t.section} error={errors.sectionId} size="md">
            {(p) => (
              <select
                {...p}
                value={values.sectionId}
                disabled={disabled}
                onChange={(e) => set('sectionId', e.target.value)}
                className={inputClass}
              >
                <option value="">{t.noSection}</option>
                {sections.map((s) => (
                  <option key={s.id} value={String(s.id)} lang={values.locale}>
                    {s.names[values.locale] ?? s.names[adminLocale] ?? `#${s.id}`}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={`${idp}-tags`} label={t.tags} hint={t.tagsHint} error={errors.tags} size="md">
            {(p) => (
              <TagCombobox
                id={p.id}
                value={values.tags}
                onChange={(tags) => set('tags', tags)}
                locale={values.locale}
                adminLocale={adminLocale}
                disabled={disabled}
                describedBy={p['aria-describedby']}
                invalid={Boolean(p['aria-invalid'])}
              />
            )}
          </Field>
          <Field
            id={`${idp}-credit`}
            label={t.bylineCredit}
            hint={t.bylineCreditHint}
            error={errors.bylineCredit}
            size="md"
          >
            {(p) => (
              <>
                <input
                  {...p}
                  type="text"
                  value={values.bylineCredit}
                  maxLength={MAX_BYLINE_CREDIT_LENGTH}
                  dir="auto"
                  lang={values.locale}
                  list={`${idp}-credits`}
                  autoComplete="off"
                  disabled={disabled}
                  onChange={(e) => set('bylineCredit', e.target.value)}
                  className={inputClass}
                />
                <datalist id={`${idp}-credits`} aria-label={t.recentCredits}>
                  {recentCredits.map((credit) => (
                    <option key={credit} value={credit} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <div className="flex items-start gap-2">
            <input
              id={`${idp}-credit-only`}
              type="checkbox"
              checked={values.creditOnly}
              disabled={disabled}
              aria-describedby={`${idp}-credit-only-hint`}
              onChange={(e) => set('creditOnly', e.target.checked)}
              className="mt-1 size-4"
            />
            <div>
              <label htmlFor={`${idp}-credit-only`} className="font-semibold">
                {t.creditOnly}
              </label>
              <p id={`${idp}-credit-only-hint`} className="text-sm text-muted">
                {t.creditOnlyHint}
              </p>
            </div>
          </div>
        </>
      )}
      {article && article.translations.length > 0 && (
        <div>
          <h3 className="font-semibold">{t.linkedTranslations}</h3>
          <ul className="mt-1 text-sm">
            {article.translations.map((tr) => (
              <li key={tr.id}>
                <a
                  href={`/admin/articles/${tr.id}`}
                  lang={tr.locale}
                  dir="auto"
                  className="text-accent hover:underline"
                >
                  {tr.title}
                </a>{' '}
                <span className="text-muted">({localeNames[tr.locale]})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ArticlePicker
        id={`${idp}-translation-of`}
        label={t.translationOf}
        hint={t.translationHint}
        error={errors.translationOf}
        adminLocale={adminLocale}
        search={search}
        selected={values.translationOf ? [values.translationOf] : []}
        onChange={(next) => set('translationOf', next[0] ?? null)}
        max={1}
        scope={{ excludeLocale: values.locale, kind: values.kind }}
        excludeIds={article ? [article.id, ...article.translations.map((tr) => tr.id)] : []}
        disabled={disabled}
      />
      {story && (
        <ArticlePicker
          id={`${idp}-related`}
          label={t.related}
          hint={t.relatedHint}
          error={errors.relatedIds}
          adminLocale={adminLocale}
          search={search}
          selected={values.related}
          onChange={(next) => set('related', next)}
          max={8}
          scope={{ locale: values.locale }}
          excludeIds={article ? [article.id] : []}
          disabled={disabled}
        />
      )}
      <fieldset className="grid gap-3 rounded border border-rule p-4" disabled={disabled}>
        <legend className="px-1 font-semibold">{t.seo}</legend>
        <Field id={`${idp}-seo-title`} label={t.seoTitle} error={errors.seoTitle} size="md">
          {(p) => (
            <input
              {...p}
              type="text"
              value={values.seoTitle}
              maxLength={200}
              dir="auto"
              lang={values.locale}
              onChange={(e) => set('seoTitle', e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Field id={`${idp}-seo-description`} label={t.seoDescription} error={errors.seoDescription} size="md">
          {(p) => (
            <textarea
              {...p}
              value={values.seoDescription}
              maxLength={400}
              rows={3}
              dir="auto"
              lang={values.locale}
              onChange={(e) => set('seoDescription', e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
      </fieldset>
      {story && (
        <div className="flex items-center gap-2">
          <input
            id={`${idp}-comments`}
            type="checkbox"
            checked={values.commentsOpen}
            disabled={disabled}
            onChange={(e) => set('commentsOpen', e.target.checked)}
            className="size-4"
          />
          <label htmlFor={`${idp}-comments`} className="font-semibold">
            {t.commentsOpen}
          </label>
        </div>
      )}
    </>
  );
}
