'use client';

import { createContext, use, type ReactNode } from 'react';
import type { EditorStrings } from '@/lib/i18n/editor-strings';

const EditorStringsContext = createContext<EditorStrings | null>(null);

/** Gives the editor's parts the strings the page picked (one language, see getEditorStrings). */
export function EditorStringsProvider({ strings, children }: { strings: EditorStrings; children: ReactNode }) {
  return <EditorStringsContext value={strings}>{children}</EditorStringsContext>;
}

export function useEditorStrings(): EditorStrings {
  const strings = use(EditorStringsContext);
  if (!strings) throw new Error('useEditorStrings() outside <EditorStringsProvider>');
  return strings;
}
