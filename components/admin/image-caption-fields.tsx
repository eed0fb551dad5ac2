'use client';

import { MAX_CAPTION_LENGTH, MAX_CREDIT_LENGTH } from '@/lib/articles/limits';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import type { Locale } from '@/lib/i18n/config';
import { ArticleField, fieldAria, inputClass } from './article-field';
import { useFieldKeyDown } from './field-keys';

/** A photo's caption and credit, typed in the article's language (inline images and the featured image). */
export function ImageCaptionFields({
  idBase,
  adminLocale,
  articleLocale,
  caption,
  credit,
  onCaption,
  onCredit,
  errors = {},
}: {
  idBase: string;
  adminLocale: Locale;
  articleLocale: Locale;
  caption: string;
  credit: string;
  onCaption: (caption: string) => void;
  onCredit: (credit: string) => void;
  errors?: { caption?: string; credit?: string };
}) {
  const t = getEditorMessages(adminLocale).image;
  const captionId = `${idBase}-caption`;
  const creditId = `${idBase}-credit`;
  const onKeyDown = useFieldKeyDown();
  return (
    <>
      <ArticleField id={captionId} label={t.caption} hint={t.captionHint} error={errors.caption}>
        <input
          id={captionId}
          type="text"
          value={caption}
          maxLength={MAX_CAPTION_LENGTH}
          dir="auto"
          lang={articleLocale}
          onChange={(e) => onCaption(e.target.value)}
          onKeyDown={onKeyDown}
          {...fieldAria(captionId, errors.caption, true)}
          className={inputClass}
        />
      </ArticleField>
      <ArticleField id={creditId} label={t.credit} hint={t.creditHint} error={errors.credit}>
        <input
          id={creditId}
          type="text"
          value={credit}
          maxLength={MAX_CREDIT_LENGTH}
          dir="auto"
          lang={articleLocale}
          onChange={(e) => onCredit(e.target.value)}
          onKeyDown={onKeyDown}
          {...fieldAria(creditId, errors.credit, true)}
          className={inputClass}
        />
      </ArticleField>
    </>
  );
}
