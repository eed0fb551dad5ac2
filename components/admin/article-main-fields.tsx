'use client';

import { getEditorMessages } from '@/lib/i18n/admin-editor';
import type { Locale } from '@/lib/i18n/config';
import { ArticleField, fieldAria, inputClass } from './article-field';
import type { ArticleFormValues } from './article-form-values';

type Props = {
  idp: string;
  adminLocale: Locale;
  values: ArticleFormValues;
  errors: Record<string, string>;
  onTitle: (title: string) => void;
  onSlug: (slug: string) => void;
  onDek: (dek: string) => void;
};

/** Title, slug and standfirst, in the article's language. */
export function ArticleMainFields({ idp, adminLocale, values, errors, onTitle, onSlug, onDek }: Props) {
  const t = getEditorMessages(adminLocale).editor;
  return (
    <>
      <ArticleField id={`${idp}-title`} label={t.title} error={errors.title}>
        <input
          id={`${idp}-title`}
          type="text"
          value={values.title}
          onChange={(e) => onTitle(e.target.value)}
          maxLength={300}
          required
          dir="auto"
          lang={values.locale}
          {...fieldAria(`${idp}-title`, errors.title, false)}
          className={`${inputClass} text-xl font-bold`}
        />
      </ArticleField>
      <ArticleField id={`${idp}-slug`} label={t.slug} hint={t.slugHint} error={errors.slug}>
        <input
          id={`${idp}-slug`}
          type="text"
          value={values.slug}
          onChange={(e) => onSlug(e.target.value)}
          maxLength={160}
          dir="auto"
          lang={values.locale}
          spellCheck={false}
          {...fieldAria(`${idp}-slug`, errors.slug, true)}
          className={inputClass}
        />
      </ArticleField>
      <ArticleField id={`${idp}-dek`} label={t.dek} error={errors.dek}>
        <textarea
          id={`${idp}-dek`}
          value={values.dek}
          onChange={(e) => onDek(e.target.value)}
          maxLength={600}
          rows={2}
          dir="auto"
          lang={values.locale}
          {...fieldAria(`${idp}-dek`, errors.dek, false)}
          className={inputClass}
        />
      </ArticleField>
    </>
  );
}
