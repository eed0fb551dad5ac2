'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { isAllowedLink } from './editor-link-form';
import { EditorToolbar } from './editor-toolbar';
import { FigureImage } from './figure-image';

/** The editable area's attributes: a labelled, multi-line text box in the article's language. */
function editorAttributes(
  id: string,
  labelId: string,
  articleLocale: Locale,
  describedBy?: string,
  invalid?: boolean,
): Record<string, string> {
  return {
    id,
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-labelledby': labelId,
    dir: 'auto',
    lang: articleLocale,
    class: 'prose-article min-h-80 rounded-b border border-rule bg-card px-4 py-3',
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(invalid ? { 'aria-invalid': 'true' } : {}),
  };
}

/**
 * The article body: Tiptap with headings (h2/h3), bold, italic, lists, links, quotes and
 * images with caption and credit. `content` is read once; bump `resetKey` to replace the document (e.g. "take theirs").
 */
export function RichTextEditor({
  id,
  labelId,
  content,
  resetKey,
  onChange,
  onLoad,
  articleLocale,
  disabled,
  describedBy,
  invalid,
}: {
  id: string;
  labelId: string;
  content: string;
  resetKey: number;
  onChange: (html: string) => void;
  /** After loading `content` (at start and after a reset): what was given, and the editor's own HTML for it. */
  onLoad?: (loaded: string, canonical: string) => void;
  articleLocale: Locale;
  disabled?: boolean;
  describedBy?: string;
  invalid?: boolean;
}) {
  const attributes = () => editorAttributes(id, labelId, articleLocale, describedBy, invalid);
  const [ready, setReady] = useState(false);
  // The latest callbacks, for the editor's own events (kept current after each render, never read in one).
  const onChangeRef = useRef(onChange);
  const onLoadRef = useRef(onLoad);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
    onLoadRef.current = onLoad;
  });
  // What the editor was given, as given: by the time it reports, `content` may already hold its output.
  const givenContent = useRef(content);
  // Until the editor has reported what it loaded, an update is its own rewrite, not an edit.
  const loaded = useRef(false);
  const serialize = (e: { isEmpty: boolean; getHTML: () => string }) => (e.isEmpty ? '' : e.getHTML());
  const editor = useEditor({
    immediatelyRender: false,
    editable: !disabled,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: 'https',
          isAllowedUri: (url) => isAllowedLink(url),
          HTMLAttributes: { rel: 'noopener noreferrer', target: null },
        },
      }),
      FigureImage.configure({ inline: false, allowBase64: false }),
    ],
    content,
    editorProps: { attributes: attributes() },
    onCreate: ({ editor: e }) => {
      loaded.current = true;
      onLoadRef.current?.(givenContent.current, serialize(e));
      setReady(true);
    },
    onUpdate: ({ editor: e }) => {
      if (loaded.current) onChangeRef.current(serialize(e));
    },
  });

  useEffect(() => {
    editor?.setOptions({
      editorProps: { attributes: editorAttributes(id, labelId, articleLocale, describedBy, invalid) },
    });
  }, [editor, id, labelId, describedBy, invalid, articleLocale]);

  const lastReset = useRef(resetKey);
  useEffect(() => {
    if (!editor || lastReset.current === resetKey) return;
    lastReset.current = resetKey;
    // Loaded content (e.g. "take theirs") is a new starting point, not a step Undo should revert.
    givenContent.current = content;
    editor.chain().setMeta('addToHistory', false).setContent(content, { emitUpdate: false }).run();
    onLoadRef.current?.(content, serialize(editor));
  }, [editor, resetKey, content]);

  useEffect(() => {
    editor?.setEditable(!disabled);
  }, [editor, disabled]);

  return (
    <div data-editor-ready={ready ? '' : undefined}>
      <EditorToolbar editor={editor} editorId={id} articleLocale={articleLocale} disabled={disabled} />
      {editor ? (
        <EditorContent editor={editor} />
      ) : (
        <div className="min-h-80 rounded-b border border-rule bg-card" aria-hidden="true" />
      )}
    </div>
  );
}
