import { describe, expect, it } from 'vitest';
import { direction, isLocale, negotiateLocale } from '@/lib/i18n/config';
import { formatDate, plural } from '@/lib/i18n/format';
import { ar, en, fr } from '@/lib/i18n/messages';

describe('negotiateLocale', () => {
  it('follows quality weights and falls back to the primary subtag', () => {
    expect(negotiateLocale('fr-CA,fr;q=0.9,en;q=0.8', 'en')).toBe('fr');
    expect(negotiateLocale('de-DE,ar;q=0.5,en;q=0.7', 'fr')).toBe('en');
    expect(negotiateLocale('ar-MA', 'en')).toBe('ar');
  });

  it('uses the fallback when nothing is supported or the header is odd', () => {
    expect(negotiateLocale('de, es;q=0.5', 'fr')).toBe('fr');
    expect(negotiateLocale('', 'ar')).toBe('ar');
    expect(negotiateLocale(null, 'en')).toBe('en');
    expect(negotiateLocale('*', 'fr')).toBe('fr');
    expect(negotiateLocale('en;q=0, fr;q=abc', 'ar')).toBe('ar');
    expect(negotiateLocale(';;;,,,', 'en')).toBe('en');
  });
});

describe('locales', () => {
  it('knows which locales exist and which are right-to-left', () => {
    expect(isLocale('ar')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(direction('ar')).toBe('rtl');
    expect(direction('fr')).toBe('ltr');
  });

  it('formats dates and plurals for each locale', () => {
    expect(formatDate('en', '2026-03-05T10:00:00Z')).toBe('March 5, 2026');
    expect(formatDate('fr', '2026-03-05T10:00:00Z')).toBe('5 mars 2026');
    expect(formatDate('ar', '2026-03-05T10:00:00Z')).toContain('مارس');
    expect(plural('en', 1, en.commentCount)).toBe('1 comment');
    expect(plural('fr', 3, fr.commentCount)).toBe('3 commentaires');
    expect(plural('ar', 2, ar.commentCount)).toBe('تعليقان');
    expect(plural('ar', 5, ar.commentCount)).toBe(`${new Intl.NumberFormat('ar').format(5)} تعليقات`);
    expect(plural('ar', 0, ar.commentCount)).toBe('لا تعليقات');
  });
});
