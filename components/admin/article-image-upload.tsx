'use client';

import { useId, useRef, useState, type ReactNode } from 'react';
import { Field } from '@/components/ui/field';
import { type EditorMessages } from '@/lib/i18n/admin-editor';
import type { Locale } from '@/lib/i18n/config';
import type { UploadResponse, UploadedImage } from '@/lib/media/admin';
import { FieldKeysContext } from './field-keys';
import { ImageAltField } from './image-caption-fields';
import { useEditorStrings } from './editor/editor-strings';

const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'];
const MAX_BYTES = 10 * 1024 * 1024;

/** Quick checks before sending; the server decodes the bytes and has the last word. */
function precheck(file: File | undefined, alt: string, t: EditorMessages): { file?: string; alt?: string } | null {
  if (!file) return { file: t.image.errors.empty };
  if (file.type && !ACCEPTED.includes(file.type)) return { file: t.image.errors['unsupported-format'] };
  if (file.size > MAX_BYTES) return { file: t.image.errors['too-large'] };
  if (!alt.trim()) return { alt: t.image.errors['alt-required'] };
  return null;
}

/**
 * File + required alternative text (+ `children`, e.g. caption and credit) + upload button. Not
 * a <form> of its own: it lives inside the article form, so it sends its own FormData to the
 * upload route (app/api/admin/media), and Enter in its fields uploads instead of saving the story.
 */
export function ArticleImageUpload({
  articleLocale,
  onUploaded,
  submitLabel,
  children,
}: {
  articleLocale: Locale;
  onUploaded: (image: UploadedImage) => void;
  submitLabel?: string;
  children?: ReactNode;
}) {
  const strings = useEditorStrings();
  const t = strings.editor;
  const base = useId().replace(/:/g, '');
  const fileRef = useRef<HTMLInputElement>(null);
  const [alt, setAlt] = useState('');
  const [errors, setErrors] = useState<{ file?: string; alt?: string }>({});
  const [pending, setPending] = useState(false);

  async function upload() {
    if (pending) return;
    const file = fileRef.current?.files?.[0];
    const problem = precheck(file, alt, t);
    setErrors(problem ?? {});
    if (problem || !file) return;
    setPending(true);
    try {
      const data = new FormData();
      data.set('file', file);
      data.set('alt', alt.trim());
      data.set('locale', articleLocale);
      // A route handler, not a server action: images have their own size limit (10 MB), while
      // server actions keep a small one.
      const response = await fetch('/api/admin/media', { method: 'POST', body: data, credentials: 'same-origin' });
      const result = (await response.json()) as UploadResponse;
      if (result.status === 'success' && 'image' in result && result.image) {
        onUploaded(result.image);
        setAlt('');
        if (fileRef.current) fileRef.current.value = '';
        return;
      }
      const message =
        result.code === 'forbidden'
          ? t.errors.forbidden
          : result.code === 'signed-out'
            ? t.errors.signedOut
            : result.message;
      setErrors({
        file: result.fieldErrors?.file ?? (result.fieldErrors?.alt ? undefined : message),
        alt: result.fieldErrors?.alt,
      });
    } catch {
      setErrors({ file: strings.admin.genericError });
    } finally {
      setPending(false);
    }
  }

  const enterKeys = { onEnter: () => void upload() };
  return (
    // Enter in a text field (this one's alt text, the caption and credit given as children) uploads.
    <FieldKeysContext value={enterKeys}>
      <div className="grid gap-3">
        <Field id={`${base}-file`} label={t.image.file} hint={t.image.hint} error={errors.file} size="md">
          {(p) => (
            <input
              {...p}
              ref={fileRef}
              type="file"
              accept={ACCEPTED.join(',')}
              onChange={() => setErrors({})}
              className="mt-1 block w-full text-sm"
            />
          )}
        </Field>
        <ImageAltField idBase={base} articleLocale={articleLocale} value={alt} onValue={setAlt} error={errors.alt} />
        {children}
        <div>
          <button
            type="button"
            onClick={upload}
            disabled={pending}
            className="rounded border border-accent px-3 py-1.5 font-semibold text-accent disabled:opacity-60"
          >
            {pending ? t.image.uploading : (submitLabel ?? t.image.upload)}
          </button>
        </div>
      </div>
    </FieldKeysContext>
  );
}
