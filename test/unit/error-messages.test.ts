import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/config';
import { getErrorMessages, localeOfLanguages, localeOfPath } from '@/lib/i18n/error-messages';
import { unavailableDocument } from '@/lib/unavailable-document';

describe('error page language', () => {
  it('takes the locale from a reader URL', () => {
    expect(localeOfPath('/ar/article/x')).toBe('ar');
    expect(localeOfPath('/fr')).toBe('fr');
    expect(localeOfPath('/admin/comments')).toBeNull();
    expect(localeOfPath(null)).toBeNull();
  });

  it('takes the first supported browser language, by primary subtag', () => {
    expect(localeOfLanguages(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(localeOfLanguages(['AR'])).toBe('ar');
    expect(localeOfLanguages(['de', 'es'])).toBeNull();
  });

  it('has a complete apology in every language', () => {
    for (const locale of locales) {
      const t = getErrorMessages(locale);
      for (const text of Object.values(t)) expect(text.trim()).not.toBe('');
    }
  });
});

describe('the unavailable document', () => {
  it('is a complete right-to-left document in Arabic with the apology', () => {
    const html = unavailableDocument('ar');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl">/);
    expect(html).toContain(getErrorMessages('ar').title);
    expect(html).toContain(getErrorMessages('ar').body);
  });
});
