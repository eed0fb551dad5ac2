/** An ILIKE pattern matching `q` anywhere: its own `%`, `_` and `\` match themselves. */
export function containsPattern(q: string): string {
  return `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
