import { describe, expect, it } from 'vitest';
import { bodyText, diffWords, unchanged } from '@/lib/text-diff';

/** The diff written as text: [-removed-] and {+added+}. */
function show(before: string, after: string, maxEdits?: number) {
  return diffWords(before, after, maxEdits)
    .map((p) => (p.kind === 'same' ? p.text : p.kind === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`))
    .join('');
}

describe('word diff', () => {
  it('marks words removed and added, keeping what both share', () => {
    expect(show('The council approved the budget', 'The council rejected the budget')).toBe(
      'The council [-approved-]{+rejected+} the budget',
    );
    expect(show('one two three', 'one three')).toBe('one [-two -]three');
    expect(show('one three', 'one two three')).toBe('one {+two +}three');
    expect(show('', 'new text')).toBe('{+new text+}');
    expect(show('old text', '')).toBe('[-old text-]');
  });

  it('reads a replaced phrase as one removal and one addition', () => {
    expect(show('the red car stopped', 'the blue bus stopped')).toBe('the [-red car-]{+blue bus+} stopped');
  });

  it('handles Arabic and French words', () => {
    expect(show('صادق المجلس على الميزانية', 'رفض المجلس الميزانية')).toBe('[-صادق-]{+رفض+} المجلس[- على-] الميزانية');
    expect(show('Le conseil a voté', 'Le conseil n’a pas voté')).toBe('Le conseil [-a-]{+n’a pas+} voté');
  });

  it('rebuilds both texts exactly, also past the edit limit', () => {
    const before = Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ');
    const after = Array.from({ length: 400 }, (_, i) => (i % 3 ? `w${i}` : `x${i}`)).join(' ');
    for (const limit of [5000, 10]) {
      const parts = diffWords(before, after, limit);
      expect(
        parts
          .filter((p) => p.kind !== 'added')
          .map((p) => p.text)
          .join(''),
      ).toBe(before);
      expect(
        parts
          .filter((p) => p.kind !== 'removed')
          .map((p) => p.text)
          .join(''),
      ).toBe(after);
    }
    expect(unchanged(diffWords(before, before))).toBe(true);
    expect(unchanged(diffWords(before, after))).toBe(false);
  });

  it('takes the text of a body paragraph by paragraph', () => {
    expect(bodyText('<h2>Heading</h2><p>First &amp; <strong>bold</strong></p><ul><li>One</li><li>Two</li></ul>')).toBe(
      'Heading\nFirst & bold\nOne\nTwo',
    );
  });
});
