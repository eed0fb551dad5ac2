import sanitizeHtml from 'sanitize-html';

/** A run of text that both versions share, or that only the old one or only the new one has. */
export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string };

type Op = [DiffPart['kind'], string];

/** Words and the spaces between them; a line break stays a token of its own kind. */
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/gu) ?? [];
}

/**
 * Myers' O(ND) shortest edit script between two token lists, or null when more than `maxEdits`
 * edits are needed (then a word-by-word comparison would be unreadable and slow anyway).
 */
function editScript(a: string[], b: string[], maxEdits: number): Op[] | null {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((t) => ['added', t]);
  if (m === 0) return a.map((t) => ['removed', t]);
  const max = Math.min(n + m, maxEdits);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(off - d, off + d + 1));
        return backtrack(a, b, trace, d);
      }
    }
    trace.push(v.slice(off - d, off + d + 1));
  }
  return null;
}

function backtrack(a: string[], b: string[], trace: Int32Array[], depth: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = depth; d > 0; d--) {
    const prev = trace[d - 1]!;
    const at = (k: number) => prev[k + d - 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push(['same', a[--x]!]);
      y--;
    }
    if (x === prevX) ops.push(['added', b[--y]!]);
    else ops.push(['removed', a[--x]!]);
  }
  while (x > 0 && y > 0) {
    ops.push(['same', a[--x]!]);
    y--;
  }
  return ops.reverse();
}

/** Word-level differences from `before` to `after`, adjacent runs of one kind joined. */
export function diffWords(before: string, after: string, maxEdits = 2000): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  const middle = editScript(middleA, middleB, maxEdits) ?? [
    ...middleA.map((t): Op => ['removed', t]),
    ...middleB.map((t): Op => ['added', t]),
  ];
  const ops: Op[] = [
    ...a.slice(0, start).map((t): Op => ['same', t]),
    ...middle,
    ...a.slice(endA).map((t): Op => ['same', t]),
  ];
  const parts: DiffPart[] = [];
  for (const [kind, text] of ops) {
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  }
  return phrases(parts);
}

/**
 * A space between two changed words belongs to the change, so a replaced phrase reads as one
 * removal followed by one addition rather than alternating words.
 */
function phrases(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let i = 0;
  while (i < parts.length) {
    if (parts[i]!.kind === 'same') {
      out.push(parts[i++]!);
      continue;
    }
    let removed = '';
    let added = '';
    for (; i < parts.length; i++) {
      const part = parts[i]!;
      if (part.kind === 'removed') removed += part.text;
      else if (part.kind === 'added') added += part.text;
      else if (/^\s+$/u.test(part.text) && i + 1 < parts.length && parts[i + 1]!.kind !== 'same') {
        removed += part.text;
        added += part.text;
      } else break;
    }
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
  }
  return out;
}

/** True when the two texts are the same (nothing to show). */
export function unchanged(parts: DiffPart[]): boolean {
  return parts.every((p) => p.kind === 'same');
}

/** The text of a sanitized article body, one paragraph (or heading, list item…) per line. */
export function bodyText(html: string): string {
  const lines = html.replace(/<\/(p|h[1-6]|li|blockquote|figcaption|td|th|pre)>|<br\s*\/?>/gi, '$&\n');
  return sanitizeHtml(lines, { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}
