'use client';

import { useId, useState } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { ArticleImageUpload } from './article-image-upload';
import { ImageCaptionFields } from './image-caption-fields';
import { useEditorStrings } from './editor/editor-strings';

/** The lead photo, with the caption and credit this story shows under it. */
export type FeaturedImage = { id: number; src: string; alt: string; caption: string; credit: string };

/** The story's lead image: a preview of the current one with its caption and credit, or the upload fields. */
export function ArticleFeaturedImage({
  articleLocale,
  value,
  onChange,
  error,
  errors = {},
  disabled,
}: {
  articleLocale: Locale;
  value: FeaturedImage | null;
  onChange: (image: FeaturedImage | null) => void;
  error?: string;
  errors?: { caption?: string; credit?: string };
  disabled?: boolean;
}) {
  const t = useEditorStrings().editor.image;
  const base = `featured${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const errorId = `${base}-error`;
  return (
    <fieldset className="grid gap-3 rounded border border-rule p-4" aria-describedby={error ? errorId : undefined}>
      <legend className="px-1 font-semibold">{t.featured}</legend>
      {value ? (
        <>
          <figure className="grid gap-2">
            {/* eslint-disable-next-line @next/next/no-img-element -- an upload's size is not known here, which <Image> needs; this already-resized variant is the whole preview */}
            <img
              src={`${value.src}?w=640`}
              alt={value.alt}
              className="max-h-60 w-auto rounded border border-rule object-contain"
            />
            <figcaption className="text-sm text-muted" dir="auto" lang={articleLocale}>
              {t.alt}: {value.alt}
            </figcaption>
          </figure>
          <ImageCaptionFields
            idBase={base}
            articleLocale={articleLocale}
            caption={value.caption}
            credit={value.credit}
            onCaption={(caption) => onChange({ ...value, caption })}
            onCredit={(credit) => onChange({ ...value, credit })}
            errors={errors}
          />
          {!disabled && (
            <div>
              <button
                type="button"
                onClick={() => onChange(null)}
                className="rounded border border-rule px-3 py-1 text-sm hover:border-accent"
              >
                {t.remove}
              </button>
            </div>
          )}
        </>
      ) : disabled ? null : (
        <FeaturedUpload articleLocale={articleLocale} base={base} onChange={onChange} />
      )}
      {error && (
        <p id={errorId} className="text-sm font-semibold text-accent">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Upload fields with the caption and credit, typed before or after choosing the file. */
function FeaturedUpload({
  articleLocale,
  base,
  onChange,
}: {
  articleLocale: Locale;
  base: string;
  onChange: (image: FeaturedImage) => void;
}) {
  const [caption, setCaption] = useState('');
  const [credit, setCredit] = useState('');
  return (
    <ArticleImageUpload
      articleLocale={articleLocale}
      onUploaded={(image) =>
        onChange({ id: image.id, src: image.src, alt: image.alt, caption: caption.trim(), credit: credit.trim() })
      }
    >
      <ImageCaptionFields
        idBase={base}
        articleLocale={articleLocale}
        caption={caption}
        credit={credit}
        onCaption={setCaption}
        onCredit={setCredit}
      />
    </ArticleImageUpload>
  );
}
