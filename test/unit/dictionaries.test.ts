import { describe, expect, it } from 'vitest';
import { localeEnum } from '@/db/schema';
import { localizeDigits } from '@/lib/captcha';
import { getAdminMessages } from '@/lib/i18n/admin';
import { getBackupMessages } from '@/lib/i18n/admin-backup';
import { getAdminCommentsMessages } from '@/lib/i18n/admin-comments';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import { getLiveMessages } from '@/lib/i18n/admin-live';
import { getLoginMessages } from '@/lib/i18n/admin-login';
import { getProfileMessages } from '@/lib/i18n/admin-profile';
import { getStaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';
import { getTagSuggestMessages } from '@/lib/i18n/admin-tag-suggest';
import { getCommentMessages } from '@/lib/i18n/comment-messages';
import { getFeedMessages } from '@/lib/i18n/feeds';
import { arrows, direction, localeInfo, locales, type Locale } from '@/lib/i18n/config';
import { colon, plural, pluralCategory } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';

const dictionaries: Record<string, (locale: Locale) => unknown> = {
  messages: getMessages,
  comments: getCommentMessages,
  admin: getAdminMessages,
  backup: getBackupMessages,
  adminComments: getAdminCommentsMessages,
  editor: getEditorMessages,
  live: getLiveMessages,
  login: getLoginMessages,
  profile: getProfileMessages,
  staffAuditTaxonomy: getStaffAuditTaxonomyMessages,
  tagSuggest: getTagSuggestMessages,
  feeds: getFeedMessages,
};

const categories = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPluralForms = (value: object) => 'other' in value && Object.keys(value).every((key) => categories.has(key));

/** Every leaf of a dictionary by path: strings, and plural forms as one entry. */
function leaves(value: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value && typeof value === 'object' && !isPluralForms(value)) {
    for (const [key, child] of Object.entries(value)) leaves(child, `${path}.${key}`, out);
  } else out.set(path, value);
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('plural categories (Intl.PluralRules)', () => {
  it('Arabic has six forms', () => {
    const shown = [0, 1, 2, 3, 11, 100].map((n) => pluralCategory('ar', n));
    expect(shown).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('French counts 0 and 1 as one, English only 1', () => {
    expect([0, 1, 2].map((n) => pluralCategory('fr', n))).toEqual(['one', 'one', 'other']);
    expect([1, 2].map((n) => pluralCategory('en', n))).toEqual(['one', 'other']);
  });

  it('plural() picks the form and writes the number where {count} stands', () => {
    const forms = getEditorMessages('ar').list.count;
    expect([0, 1, 2, 3, 11, 100].map((n) => plural('ar', n, forms))).toEqual([
      'لا مقالات',
      'مقال واحد',
      'مقالان',
      `${new Intl.NumberFormat('ar').format(3)} مقالات`,
      `${new Intl.NumberFormat('ar').format(11)} مقالاً`,
      `${new Intl.NumberFormat('ar').format(100)} مقال`,
    ]);
    expect(plural('fr', 0, getEditorMessages('fr').list.count)).toBe('0 article');
    expect(plural('en', 2, getEditorMessages('en').list.count)).toBe('2 articles');
    expect(plural('en', 1, { one: '{count} tag in {name}', other: '{count} tags' }, { name: 'x' })).toBe('1 tag in x');
  });
});

describe('the locale table', () => {
  it('drives direction, arrows, digits and punctuation', () => {
    for (const locale of locales) {
      const info = localeInfo(locale);
      expect(direction(locale)).toBe(info.dir);
      expect(arrows(locale).next).toBe(info.dir === 'rtl' ? '←' : '→');
      expect(colon(locale)).toBe(info.colon);
      expect(localizeDigits('12', locale)).toBe(info.digits === 'arab' ? '١٢' : '12');
    }
    expect(direction('ar')).toBe('rtl');
    expect(direction('en')).toBe('ltr');
  });

  it('is the database enum, in the same order', () => {
    expect(localeEnum.enumValues).toEqual([...locales]);
    expect(locales).toEqual(['en', 'fr', 'ar']);
  });
});

describe('dictionaries', () => {
  it('hold the same keys and placeholders in every locale', () => {
    for (const [name, get] of Object.entries(dictionaries)) {
      const reference = leaves(get('en'));
      for (const locale of locales) {
        const entries = leaves(get(locale));
        expect([...entries.keys()], `${name} (${locale})`).toEqual([...reference.keys()]);
        for (const [path, value] of entries) {
          const english = reference.get(path);
          if (typeof value === 'string' && typeof english === 'string') {
            expect(placeholders(value), `${name}${path} (${locale})`).toEqual(placeholders(english));
          }
        }
      }
    }
  });

  it('write counts only through plural forms that use {count}, with all six forms in Arabic', () => {
    for (const [name, get] of Object.entries(dictionaries)) {
      for (const locale of locales) {
        for (const [path, value] of leaves(get(locale))) {
          if (typeof value === 'string') expect(value, `${name}${path}`).not.toMatch(/(^|\s)#(\s|$)/);
          if (!value || typeof value !== 'object') continue;
          const forms = Object.entries(value as Record<string, string>);
          if (locale === 'ar')
            expect(forms.map(([key]) => key).sort(), `${name}${path}`).toEqual([...categories].sort());
          for (const [category, text] of forms) {
            // "No comments", and Arabic's one and two ("تعليق واحد", "تعليقان") name the number in words.
            const literal = category === 'zero' || (locale === 'ar' && (category === 'one' || category === 'two'));
            if (!literal) expect(text, `${name}${path}.${category} (${locale})`).toContain('{count}');
          }
        }
      }
    }
  });
});
