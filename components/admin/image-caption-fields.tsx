'use client';

import { Field, inputClass } from '@/components/ui/field';
import { MAX_CAPTION_LENGTH, MAX_CREDIT_LENGTH } from '@/lib/articles/limits';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import type { Locale } from '@/lib/i18n/config';
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
  const onKeyDown = useFieldKeyDown();
  const field = (name: 'caption' | 'credit', value: string, maxLength: number, onValue: (value: string) => void) => (
    <Field id={`${idBase}-${name}`} label={t[name]} hint={t[`${name}Hint`]} error={errors[name]} size="md">
      {(p) => (
        <input
          {...p}
          type="text"
          value={value}
          maxLength={maxLength}
          dir="auto"
          lang={articleLocale}
          onChange={(e) => onValue(e.target.value)}
          onKeyDown={onKeyDown}
          className={inputClass}
        />
      )}
    </Field>
  );
  return (
    <>
      {field('caption', caption, MAX_CAPTION_LENGTH, onCaption)}
      {field('credit', credit, MAX_CREDIT_LENGTH, onCredit)}
    </>
  );
}
