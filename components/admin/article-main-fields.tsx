'use client';

import { Field, inputClass } from '@/components/ui/field';
import type { ArticleFormValues } from './article-form-values';
import { useEditorStrings } from './editor/editor-strings';

type Props = {
  idp: string;
  values: ArticleFormValues;
  errors: Record<string, string>;
  onTitle: (title: string) => void;
  onSlug: (slug: string) => void;
  onDek: (dek: string) => void;
};

/** Title, slug and standfirst, in the article's language. */
export function ArticleMainFields({ idp, values, errors, onTitle, onSlug, onDek }: Props) {
  const t = useEditorStrings().editor.editor;
  return (
    <>
      <Field id={`${idp}-title`} label={t.title} error={errors.title} size="md">
        {(p) => (
          <input
            {...p}
            type="text"
            value={values.title}
            onChange={(e) => onTitle(e.target.value)}
            maxLength={300}
            required
            dir="auto"
            lang={values.locale}
            className={`${inputClass} text-xl font-bold`}
          />
        )}
      </Field>
      <Field id={`${idp}-slug`} label={t.slug} hint={t.slugHint} error={errors.slug} size="md">
        {(p) => (
          <input
            {...p}
            type="text"
            value={values.slug}
            onChange={(e) => onSlug(e.target.value)}
            maxLength={160}
            dir="auto"
            lang={values.locale}
            spellCheck={false}
            className={inputClass}
          />
        )}
      </Field>
      <Field id={`${idp}-dek`} label={t.dek} error={errors.dek} size="md">
        {(p) => (
          <textarea
            {...p}
            value={values.dek}
            onChange={(e) => onDek(e.target.value)}
            maxLength={600}
            rows={2}
            dir="auto"
            lang={values.locale}
            className={inputClass}
          />
        )}
      </Field>
    </>
  );
}
