import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, normalizeSlugParam, parsePageParam, slugify } from '@/lib/slug';

describe('slugify', () => {
  it('folds Latin accents and joins words with hyphens', () => {
    expect(slugify('Économie : la dette publique à 80 %')).toBe('economie-la-dette-publique-a-80');
    expect(slugify('  Hello,   World!  ')).toBe('hello-world');
  });

  it('keeps Arabic letters and drops harakat and tatweel', () => {
    expect(slugify('تصويتُ البرلمـان على الميزانية ٢٠٢٧')).toBe('تصويت-البرلمان-على-الميزانية-٢٠٢٧');
  });

  it('never produces leading, trailing or doubled hyphens and respects the length limit', () => {
    expect(slugify('--a -- b--')).toBe('a-b');
    const long = slugify('word '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(long.endsWith('-')).toBe(false);
  });

  it('returns an empty string when nothing usable remains', () => {
    expect(slugify('!!! ??? <script>')).toBe('script');
    expect(slugify('…')).toBe('');
  });
});

describe('normalizeSlugParam', () => {
  it('decodes percent-encoded Arabic and NFC-normalizes', () => {
    const encoded = encodeURIComponent('ثقافة');
    expect(normalizeSlugParam(encoded)).toBe('ثقافة');
    expect(normalizeSlugParam('cafe\u0301-noir')).toBe('café-noir');
  });

  it('rejects malformed escapes, odd characters and over-long values', () => {
    expect(normalizeSlugParam('%E0%A4%A')).toBeNull();
    expect(normalizeSlugParam('a/b')).toBeNull();
    expect(normalizeSlugParam('<script>')).toBeNull();
    expect(normalizeSlugParam('a--b')).toBeNull();
    expect(normalizeSlugParam('')).toBeNull();
    expect(normalizeSlugParam('a'.repeat(MAX_SLUG_LENGTH + 1))).toBeNull();
    expect(normalizeSlugParam('a'.repeat(MAX_SLUG_LENGTH))).toBe('a'.repeat(MAX_SLUG_LENGTH));
  });
});

describe('parsePageParam', () => {
  it('accepts plain positive integers only', () => {
    expect(parsePageParam('2')).toBe(2);
    expect(parsePageParam('0')).toBeNull();
    expect(parsePageParam('02')).toBeNull();
    expect(parsePageParam('-1')).toBeNull();
    expect(parsePageParam('1e3')).toBeNull();
    expect(parsePageParam('99999999')).toBeNull();
  });
});
