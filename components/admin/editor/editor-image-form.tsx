'use client';

import { NodeSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { Locale } from '@/lib/i18n/config';
import { ArticleImageUpload } from '../article-image-upload';
import { FieldKeysContext, handleFieldKey } from '../field-keys';
import { ImageAltField, ImageCaptionFields } from '../image-caption-fields';
import type { FigureAttributes } from './figure-image';
import { useEditorStrings } from './editor-strings';

/** The image node the selection is on, with its position: the one the panel edits. */
function selectedImage(editor: Editor): { pos: number; attrs: FigureAttributes } | null {
  const { selection } = editor.state;
  if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'image') return null;
  const attrs = selection.node.attrs as Partial<FigureAttributes>;
  return {
    pos: selection.from,
    attrs: { src: attrs.src ?? '', alt: attrs.alt ?? '', caption: attrs.caption ?? '', credit: attrs.credit ?? '' },
  };
}

/**
 * With an image selected: its alternative text, caption and credit. Otherwise: upload an image
 * (with those) and insert it at the cursor. Enter in any field does the panel's action, never
 * a save of the story (the fields live inside the article form).
 */
export function EditorImageForm({
  editor,
  articleLocale,
  onClose,
}: {
  editor: Editor;
  articleLocale: Locale;
  onClose: () => void;
}) {
  const t = useEditorStrings().editor.image;
  const base = `img${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const [selected] = useState(() => selectedImage(editor));
  const [alt, setAlt] = useState(selected?.attrs.alt ?? '');
  const [caption, setCaption] = useState(selected?.attrs.caption ?? '');
  const [credit, setCredit] = useState(selected?.attrs.credit ?? '');
  const [altError, setAltError] = useState(false);
  // The panel opens on a button press: focus moves into it, to its first field (when editing an image).
  const altRef = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => altRef.current?.focus(), []);
  const captionFields = (
    <ImageCaptionFields
      idBase={base}
      articleLocale={articleLocale}
      caption={caption}
      credit={credit}
      onCaption={setCaption}
      onCredit={setCredit}
    />
  );

  if (!selected) {
    return (
      <fieldset className="border-t border-rule p-3">
        <legend className="px-1 text-sm font-semibold">{t.insertTitle}</legend>
        <ArticleImageUpload
          articleLocale={articleLocale}
          submitLabel={t.insert}
          onUploaded={(image) => {
            const attrs: FigureAttributes = {
              src: image.src,
              alt: image.alt,
              caption: caption.trim(),
              credit: credit.trim(),
            };
            editor.chain().focus().insertContent({ type: 'image', attrs }).run();
            onClose();
          }}
        >
          {captionFields}
        </ArticleImageUpload>
      </fieldset>
    );
  }

  function apply() {
    if (!alt.trim()) {
      setAltError(true);
      return;
    }
    const node = editor.state.doc.nodeAt(selected!.pos);
    // Still the image the panel opened on (the text around it may have been edited meanwhile)?
    const pos = node?.type.name === 'image' && node.attrs.src === selected!.attrs.src ? selected!.pos : null;
    if (pos !== null) {
      editor
        .chain()
        .focus()
        .setNodeSelection(pos)
        .updateAttributes('image', { alt: alt.trim(), caption: caption.trim(), credit: credit.trim() })
        .run();
    }
    onClose();
  }

  // Enter in a text field applies; Escape anywhere in the panel closes it.
  const keys = { onEnter: apply, onEscape: onClose };

  return (
    <FieldKeysContext value={keys}>
      <fieldset className="grid gap-3 border-t border-rule p-3">
        <legend className="px-1 text-sm font-semibold">{t.editTitle}</legend>
        <ImageAltField
          idBase={base}
          articleLocale={articleLocale}
          value={alt}
          onValue={(value) => {
            setAlt(value);
            setAltError(false);
          }}
          error={altError ? t.errors['alt-required'] : undefined}
          inputRef={altRef}
        />
        {captionFields}
        <div>
          <Button size="sm" onClick={apply} onKeyDown={(e) => handleFieldKey(e, keys, false)}>
            {t.apply}
          </Button>
        </div>
      </fieldset>
    </FieldKeysContext>
  );
}
