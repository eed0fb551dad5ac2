/**
 * The queue's shortcuts are letters of the Latin layout. With another layout active (Arabic,
 * where J types "ت" and ? types "؟"), `event.key` is a different character but `event.code`
 * still names the physical key, so both are checked. Pure: unit-tested.
 */
export const queueShortcuts = ['j', 'k', 'a', 's', 'd', 'r', 'x', '?'] as const;
export type QueueShortcut = (typeof queueShortcuts)[number];

const byCode: Record<string, QueueShortcut> = {
  KeyJ: 'j',
  KeyK: 'k',
  KeyA: 'a',
  KeyS: 's',
  KeyD: 'd',
  KeyR: 'r',
  KeyX: 'x',
};

/** Question marks of the scripts we publish in: Latin, Arabic, Greek-style and full-width. */
const questionMarks = new Set(['?', '؟', '？']);

export function shortcutFor(event: { key: string; code?: string; shiftKey?: boolean }): QueueShortcut | null {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (questionMarks.has(key)) return '?';
  if ((queueShortcuts as readonly string[]).includes(key)) return key as QueueShortcut;
  // A letter typed with a non-Latin layout: fall back to the key's position. A Latin letter
  // (AZERTY, QWERTZ) is taken as typed, so its own layout's labels are what count.
  if (/^[a-z]$/.test(key)) return null;
  if (event.code && !event.shiftKey && event.code in byCode) return byCode[event.code] ?? null;
  if (event.code === 'Slash' && event.shiftKey) return '?';
  return null;
}
