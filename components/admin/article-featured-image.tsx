'use client';

import { useId } from 'react';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import type { Locale } from '@/lib/i18n/config';
import { ArticleImageUpload } from './article-image-upload';

export type FeaturedImage = { id: number; src: string; alt: string };

/** The story's lead image: a preview of the current one, or the upload fields. */
export function ArticleFeaturedImage({
  adminLocale,
  articleLocale,
  value,
  onChange,
  error,
  disabled,
}: {
  adminLocale: Locale;
  articleLocale: Locale;
  value: FeaturedImage | null;
  onChange: (image: FeaturedImage | null) => void;
  error?: string;
  disabled?: boolean;
}) {
  const t = getEditorMessages(adminLocale).image;
  const errorId = `${useId()}-featured-error`;
  return (
    <fieldset className="rounded border border-rule p-4" aria-describedby={error ? errorId : undefined}>
      <legend className="px-1 font-semibold">{t.featured}</legend>
      {value ? (
        <figure className="grid gap-2">
          <img src={`${value.src}?w=640`} alt={value.alt} className="max-h-60 w-auto rounded border border-rule object-contain" />
          <figcaption className="text-sm text-muted" dir="auto" lang={articleLocale}>
            {t.alt}: {value.alt}
          </figcaption>
          {!disabled && (
            <div>
              <button type="button" onClick={() => onChange(null)} className="rounded border border-rule px-3 py-1 text-sm hover:border-accent">
                {t.remove}
              </button>
            </div>
          )}
        </figure>
      ) : disabled ? null : (
        <ArticleImageUpload adminLocale={adminLocale} articleLocale={articleLocale} onUploaded={(image) => onChange({ id: image.id, src: image.src, alt: image.alt })} />
      )}
      {error && (
        <p id={errorId} className="mt-2 text-sm font-semibold text-accent">
          {error}
        </p>
      )}
    </fieldset>
  );
}
