'use client';

import type { Editor } from '@tiptap/react';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useEditorStrings } from './editor-strings';

/** Links may only point to web pages or mail addresses (the server's sanitizer agrees). */
export function isAllowedLink(url: string): boolean {
  return /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(url.trim());
}

/** Asks for the link address; only http, https and mailto addresses are accepted. */
export function EditorLinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useEditorStrings().editor.toolbar;
  const [url, setUrl] = useState<string>(() => (editor.getAttributes('link').href as string | undefined) ?? 'https://');
  const [error, setError] = useState(false);
  const inputId = useId();
  // The panel opens on a button press: focus moves into it, to the address.
  const inputRef = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => inputRef.current?.focus(), []);

  function apply() {
    const href = url.trim();
    if (!isAllowedLink(href)) {
      setError(true);
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    onClose();
  }

  return (
    <div className="flex flex-wrap items-end gap-2 border-t border-rule p-2">
      <Field id={inputId} label={t.linkUrl} error={error ? t.linkInvalid : undefined} className="min-w-64 flex-1">
        {(p) => (
          <input
            {...p}
            type="url"
            dir="ltr"
            value={url}
            ref={inputRef}
            onChange={(e) => {
              setUrl(e.target.value);
              setError(false);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                apply();
              }
              if (e.key === 'Escape') onClose();
            }}
            className="mt-1 block w-full rounded border border-rule bg-card px-2 py-1"
          />
        )}
      </Field>
      <Button onClick={apply} size="sm">
        {t.linkApply}
      </Button>
      {editor.isActive('link') && (
        <Button
          variant="secondary"
          size="sm"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onClose();
          }}
        >
          {t.linkRemove}
        </Button>
      )}
    </div>
  );
}
