'use client';

import type { Editor } from '@tiptap/react';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import type { Locale } from '@/lib/i18n/config';
import { ArticleImageUpload } from '../article-image-upload';

/** Uploads an image (with its alternative text) and inserts it at the cursor. */
export function EditorImageForm({ editor, adminLocale, articleLocale, onClose }: { editor: Editor; adminLocale: Locale; articleLocale: Locale; onClose: () => void }) {
  const t = getEditorMessages(adminLocale).image;
  return (
    <fieldset className="border-t border-rule p-3">
      <legend className="px-1 text-sm font-semibold">{t.insertTitle}</legend>
      <ArticleImageUpload
        adminLocale={adminLocale}
        articleLocale={articleLocale}
        submitLabel={t.insert}
        onUploaded={(image) => {
          editor.chain().focus().setImage({ src: image.src, alt: image.alt }).run();
          onClose();
        }}
      />
    </fieldset>
  );
}
