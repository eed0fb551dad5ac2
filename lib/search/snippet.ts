// Snippets come from PostgreSQL's ts_headline with private-use characters around matched words
// (the indexed text has them removed first). Only these markers become markup: everything
// else in a snippet is text, escaped by React like any other.
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export type SnippetPart = { text: string; marked: boolean };

/**
 * Splits a snippet into plain and marked runs. Only a start marker closed by an end marker marks
 * text: a stray end, a repeated start or a start never closed is dropped, and its text stays plain.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let text = '';
  const flush = (asMarked: boolean) => {
    if (text) {
      const last = parts[parts.length - 1];
      if (last && last.marked === asMarked) last.text += text;
      else parts.push({ text, marked: asMarked });
    }
    text = '';
  };
  for (const ch of snippet) {
    if (ch === MARK_START) {
      // A second start inside a mark changes nothing; before a first one, the plain text ends.
      if (!marked) flush(false);
      marked = true;
    } else if (ch === MARK_END) {
      flush(marked);
      marked = false;
    } else text += ch;
  }
  // Text after a start that never closed is not marked.
  flush(false);
  return parts;
}
