/** Plain-text comment bodies, split for rendering: paragraphs → lines → text and link runs. */
export type TextRun = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]/giu;

export function linkify(line: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    if (start > last) runs.push({ kind: 'text', text: line.slice(last, start) });
    let href: string | null = null;
    try {
      const url = new URL(match[0]);
      if (url.protocol === 'http:' || url.protocol === 'https:') href = url.href;
    } catch {
      href = null;
    }
    runs.push(href ? { kind: 'link', text: match[0], href } : { kind: 'text', text: match[0] });
    last = start + match[0].length;
  }
  if (last < line.length) runs.push({ kind: 'text', text: line.slice(last) });
  return runs;
}

export function splitCommentBody(body: string): TextRun[][][] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => paragraph.split('\n').map(linkify));
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letters = words.slice(0, 2).map((w) => Array.from(w)[0] ?? '');
  return letters.join('').toLocaleUpperCase() || '?';
}

export type Threaded<T> = T & { replies: Threaded<T>[] };

/** Nests comments under their parents, at most `maxDepth` levels; orphans become top level. */
export function threadComments<T extends { id: number; parentId: number | null }>(
  list: T[],
  maxDepth = 3,
): Threaded<T>[] {
  const nodes = new Map<number, Threaded<T>>();
  const depth = new Map<number, number>();
  for (const item of list) nodes.set(item.id, { ...item, replies: [] });
  const roots: Threaded<T>[] = [];
  for (const item of list) {
    const node = nodes.get(item.id)!;
    let parent = item.parentId !== null ? nodes.get(item.parentId) : undefined;
    // Replies beyond the deepest level attach to the deepest ancestor allowed.
    while (parent && (depth.get(parent.id) ?? 1) >= maxDepth) {
      parent = parent.parentId !== null ? nodes.get(parent.parentId) : undefined;
    }
    if (parent) {
      depth.set(item.id, (depth.get(parent.id) ?? 1) + 1);
      parent.replies.push(node);
    } else {
      depth.set(item.id, 1);
      roots.push(node);
    }
  }
  return roots;
}
