import { describe, expect, it } from 'vitest';
import { shortcutFor } from '@/lib/admin/queue-shortcut-keys';

describe('queue shortcuts', () => {
  it('reads Latin letters by the character typed', () => {
    expect(shortcutFor({ key: 'j', code: 'KeyJ' })).toBe('j');
    // AZERTY: the key labelled A sits where Q is on QWERTY; the letter wins.
    expect(shortcutFor({ key: 'a', code: 'KeyQ' })).toBe('a');
    expect(shortcutFor({ key: 'q', code: 'KeyA' })).toBeNull();
  });

  it('reads an Arabic layout by the physical key', () => {
    expect(shortcutFor({ key: 'ت', code: 'KeyJ' })).toBe('j');
    expect(shortcutFor({ key: 'ن', code: 'KeyK' })).toBe('k');
    expect(shortcutFor({ key: 'ش', code: 'KeyA' })).toBe('a');
    expect(shortcutFor({ key: 'س', code: 'KeyS' })).toBe('s');
    expect(shortcutFor({ key: 'ي', code: 'KeyD' })).toBe('d');
    expect(shortcutFor({ key: 'ق', code: 'KeyR' })).toBe('r');
    expect(shortcutFor({ key: 'ء', code: 'KeyX' })).toBe('x');
    expect(shortcutFor({ key: '؟', code: 'Slash', shiftKey: true })).toBe('?');
  });

  it('ignores other keys', () => {
    expect(shortcutFor({ key: 'Enter', code: 'Enter' })).toBeNull();
    expect(shortcutFor({ key: 'ب', code: 'KeyF' })).toBeNull();
    expect(shortcutFor({ key: '/', code: 'Slash' })).toBeNull();
  });
});
