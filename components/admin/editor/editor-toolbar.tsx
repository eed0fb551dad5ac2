'use client';

import { useEditorState, type Editor } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { EditorImageForm } from './editor-image-form';
import { EditorLinkForm } from './editor-link-form';
import { useEditorStrings } from './editor-strings';

// Drawn, not lettered: a visible "H2" would have to be part of each button's spoken name.
const svg = (...paths: string[]) => (
  <svg
    viewBox="0 0 24 24"
    width="16"
    height="16"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    strokeLinecap="round"
    strokeLinejoin="round"
    className="inline-block"
  >
    {paths.map((d) => (
      <path key={d} d={d} />
    ))}
  </svg>
);
const h2Icon = svg('M4 6v12M12 6v12M4 12h8', 'M16 11a2 2 0 1 1 4 0c0 2-4 3.5-4 7h4');
const h3Icon = svg('M4 6v12M12 6v12M4 12h8', 'M16 9h4l-2.5 3.5a2.5 2.5 0 1 1-1.5 4.5');
const orderedIcon = svg('M10 6h10M10 12h10M10 18h10', 'M4 6h1v4', 'M4 10h2', 'M6 18H4c0-1 2-2 2-3s-1-1.5-2-1');
const linkIcon = svg('M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1');
const imageIcon = svg('M4 5h16v14H4zM4 16l5-5 4 4 3-3 4 4M15 9h.01');

type Tool = { key: string; label: string; icon: ReactNode; active?: boolean; run: () => void; enabled?: boolean };

/**
 * Formatting buttons: real <button type="button">s with a name and a pressed state.
 * Tab reaches each one; arrow keys also move along the toolbar.
 */
export function EditorToolbar({
  editor,
  editorId,
  articleLocale,
  disabled,
}: {
  editor: Editor | null;
  editorId: string;
  articleLocale: Locale;
  disabled?: boolean;
}) {
  const t = useEditorStrings().editor.toolbar;
  const [panel, setPanel] = useState<'link' | 'image' | null>(null);
  const bar = useRef<HTMLDivElement>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? {
            h2: e.isActive('heading', { level: 2 }),
            h3: e.isActive('heading', { level: 3 }),
            bold: e.isActive('bold'),
            italic: e.isActive('italic'),
            bullet: e.isActive('bulletList'),
            ordered: e.isActive('orderedList'),
            quote: e.isActive('blockquote'),
            link: e.isActive('link'),
            image: e.isActive('image'),
            undo: e.can().undo(),
            redo: e.can().redo(),
          }
        : null,
  });
  const chain = () => editor!.chain().focus();
  const tools: Tool[] = [
    {
      key: 'h2',
      label: t.heading2,
      icon: h2Icon,
      active: state?.h2,
      run: () => chain().toggleHeading({ level: 2 }).run(),
    },
    {
      key: 'h3',
      label: t.heading3,
      icon: h3Icon,
      active: state?.h3,
      run: () => chain().toggleHeading({ level: 3 }).run(),
    },
    { key: 'bold', label: t.bold, icon: <b>B</b>, active: state?.bold, run: () => chain().toggleBold().run() },
    { key: 'italic', label: t.italic, icon: <i>I</i>, active: state?.italic, run: () => chain().toggleItalic().run() },
    {
      key: 'bullet',
      label: t.bulletList,
      icon: '•',
      active: state?.bullet,
      run: () => chain().toggleBulletList().run(),
    },
    {
      key: 'ordered',
      label: t.orderedList,
      icon: orderedIcon,
      active: state?.ordered,
      run: () => chain().toggleOrderedList().run(),
    },
    { key: 'quote', label: t.blockquote, icon: '❝', active: state?.quote, run: () => chain().toggleBlockquote().run() },
    {
      key: 'link',
      label: t.link,
      icon: linkIcon,
      active: state?.link || panel === 'link',
      run: () => setPanel(panel === 'link' ? null : 'link'),
    },
    {
      key: 'image',
      label: t.image,
      icon: imageIcon,
      active: state?.image || panel === 'image',
      run: () => setPanel(panel === 'image' ? null : 'image'),
    },
    { key: 'undo', label: t.undo, icon: '↶', run: () => chain().undo().run(), enabled: state?.undo },
    { key: 'redo', label: t.redo, icon: '↷', run: () => chain().redo().run(), enabled: state?.redo },
  ];

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    const buttons = [...(bar.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    event.preventDefault();
    const rtl = getComputedStyle(bar.current!).direction === 'rtl';
    const forward = event.key === (rtl ? 'ArrowLeft' : 'ArrowRight');
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? buttons.length - 1
          : (index + (forward ? 1 : -1) + buttons.length) % buttons.length;
    buttons[next]?.focus();
  }

  return (
    <div className="rounded-t border border-b-0 border-rule bg-paper">
      <div
        ref={bar}
        role="toolbar"
        aria-label={t.label}
        aria-controls={editorId}
        onKeyDown={onKeyDown}
        className="flex flex-wrap gap-1 p-1"
      >
        {tools.map((tool) => {
          const toggles = tool.active !== undefined;
          return (
            <button
              key={tool.key}
              type="button"
              aria-label={tool.label}
              title={tool.label}
              aria-pressed={toggles ? Boolean(tool.active) : undefined}
              disabled={!editor || disabled || tool.enabled === false}
              onMouseDown={(e) => e.preventDefault()}
              onClick={tool.run}
              className="min-w-9 rounded border border-transparent px-2 py-1 text-sm font-semibold hover:border-rule disabled:opacity-40 aria-pressed:border-accent aria-pressed:bg-card aria-pressed:text-accent"
            >
              <span aria-hidden="true">{tool.icon}</span>
            </button>
          );
        })}
      </div>
      {editor && panel === 'link' && <EditorLinkForm editor={editor} onClose={() => setPanel(null)} />}
      {editor && panel === 'image' && (
        <EditorImageForm editor={editor} articleLocale={articleLocale} onClose={() => setPanel(null)} />
      )}
    </div>
  );
}
