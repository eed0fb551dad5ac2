'use client';

import type { Ref } from 'react';
import { Field, inputClass } from '@/components/ui/field';
import { MAX_CAPTION_LENGTH, MAX_CREDIT_LENGTH } from '@/lib/articles/limits';
import type { Locale } from '@/lib/i18n/config';
import { useFieldKeyDown } from './field-keys';
import { useEditorStrings } from './editor/editor-strings';

type TextProps = {
  idBase: string;
  articleLocale: Locale;
  value: string;
  onValue: (value: string) => void;
  error?: string;
};

/**
 * One text of a photo, typed in the article's language: its alt text, caption or credit. Enter
 * and Escape do what the image panel around it says (field-keys.tsx).
 */
function ImageTextField({
  name,
  idBase,
  articleLocale,
  value,
  onValue,
  error,
  maxLength,
  required,
  inputRef,
}: TextProps & {
  name: 'alt' | 'caption' | 'credit';
  maxLength: number;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const t = useEditorStrings().editor.image;
  const onKeyDown = useFieldKeyDown();
  return (
    <Field id={`${idBase}-${name}`} label={t[name]} hint={t[`${name}Hint`]} error={error} size="md">
      {(p) => (
        <input
          {...p}
          ref={inputRef}
          type="text"
          value={value}
          maxLength={maxLength}
          dir="auto"
          lang={articleLocale}
          required={required}
          onChange={(e) => onValue(e.target.value)}
          onKeyDown={onKeyDown}
          className={inputClass}
        />
      )}
    </Field>
  );
}

/** A photo's alt text (inline images and uploads). */
export function ImageAltField(props: TextProps & { inputRef?: Ref<HTMLInputElement> }) {
  return <ImageTextField name="alt" maxLength={300} required {...props} />;
}

/** A photo's caption and credit (inline images and the featured image). */
export function ImageCaptionFields({
  caption,
  credit,
  onCaption,
  onCredit,
  errors = {},
  ...shared
}: Omit<TextProps, 'value' | 'onValue' | 'error'> & {
  caption: string;
  credit: string;
  onCaption: (caption: string) => void;
  onCredit: (credit: string) => void;
  errors?: { caption?: string; credit?: string };
}) {
  return (
    <>
      <ImageTextField
        name="caption"
        value={caption}
        onValue={onCaption}
        error={errors.caption}
        maxLength={MAX_CAPTION_LENGTH}
        {...shared}
      />
      <ImageTextField
        name="credit"
        value={credit}
        onValue={onCredit}
        error={errors.credit}
        maxLength={MAX_CREDIT_LENGTH}
        {...shared}
      />
    </>
  );
}
