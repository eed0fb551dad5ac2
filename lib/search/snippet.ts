// Snippets come from PostgreSQL's ts_headline with private-use characters around matched words
// (the indexed text has them removed first). Only these markers become markup: everything
// else in a snippet is text, escaped by React like any other.
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export type SnippetPart = { text: string; marked: boolean };

/** Splits a snippet into plain and marked runs; a stray or unbalanced marker is dropped. */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let text = '';
  const flush = () => {
    if (text) {
      const last = parts[parts.length - 1];
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
    text = '';
  };
  for (const ch of snippet) {
    if (ch === MARK_START || ch === MARK_END) {
      flush();
      marked = ch === MARK_START;
    } else text += ch;
  }
  flush();
  return parts;
}
