import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  cleanQuery,
  parseSearchParams,
  queryWords,
  searchHref,
  webSearchText,
  type SearchParamsInput,
  type SearchQuery,
} from '@/lib/search/params';

const parse = (input: SearchParamsInput, locale: 'en' | 'fr' | 'ar' = 'en') => parseSearchParams(locale, input);

/** The parameters of a search URL, as Next hands them to a page. */
function paramsOf(href: string): SearchParamsInput {
  const url = new URL(href, 'https://example.test');
  const out: SearchParamsInput = {};
  for (const [key, value] of url.searchParams) out[key] = value;
  return out;
}

describe('cleanQuery', () => {
  it('removes bidirectional overrides and isolates, zero-width characters and controls', () => {
    expect(cleanQuery('\u202Ebudget\u202C')).toBe('budget');
    expect(cleanQuery('\u2066ميزانية\u2069 \u2067x\u2069')).toBe('ميزانية x');
    expect(cleanQuery('bud\u200Bget\u200D\uFEFF')).toBe('budget');
    expect(cleanQuery('a\u0000b\u0007c\u001Bd\u009Fe')).toBe('abcde');
    expect(cleanQuery('\u200E\u200Fvote')).toBe('vote');
  });

  it('collapses whitespace (tabs and new lines too) and trims', () => {
    expect(cleanQuery('  school \t\n  budget  ')).toBe('school budget');
    expect(cleanQuery('\u00A0deputies\u3000vote ')).toBe('deputies vote');
  });

  it('composes decomposed accents (NFC), as the database normalizes the indexed text', () => {
    expect(cleanQuery('de\u0301pute\u0301s')).toBe('députés');
    expect(cleanQuery('de\u0301pute\u0301s').length).toBe(7);
  });

  it('keeps what a reader types on purpose: Arabic letters with tashkeel, quotes, minus, emoji', () => {
    expect(cleanQuery('الميزانيّة "school budget" -tax 🎉')).toBe('الميزانيّة "school budget" -tax 🎉');
  });
});

describe('parseSearchParams', () => {
  it('reads nothing as an empty search with the defaults', () => {
    const { query, errors, rawQ } = parse({});
    expect(query).toEqual({
      q: '',
      locale: 'en',
      allLanguages: false,
      sectionSlug: null,
      authorSlug: null,
      date: null,
      from: null,
      to: null,
      sort: 'relevance',
      page: 1,
    } satisfies SearchQuery);
    expect(errors).toEqual({});
    expect(rawQ).toBe('');
  });

  it(`refuses a query longer than ${MAX_QUERY_LENGTH} characters whole (an error, and nothing searched)`, () => {
    const atLimit = 'a'.repeat(MAX_QUERY_LENGTH);
    expect(parse({ q: atLimit })).toMatchObject({ query: { q: atLimit }, errors: {} });
    const over = 'a'.repeat(MAX_QUERY_LENGTH + 1);
    const refused = parse({ q: over });
    expect(refused.query.q).toBe('');
    expect(refused.errors).toEqual({ q: 'too-long' });
    // What was typed comes back so the form can show it again.
    expect(refused.rawQ).toBe(over);
    // The limit counts the cleaned query: invisible characters and spaces do not use it up.
    expect(parse({ q: `  ${'\u200B'.repeat(50)}${atLimit}\u202E  ` })).toMatchObject({
      query: { q: atLimit },
      errors: {},
    });
  });

  it('cleans the query and takes the first value of a repeated parameter', () => {
    expect(parse({ q: ['\u202Ebudget ', 'other'] }).query.q).toBe('budget');
    expect(parse({ q: '   ' }).query.q).toBe('');
  });

  it('keeps the reader’s locale and reads lang=all as every language', () => {
    expect(parse({ q: 'x' }, 'ar').query).toMatchObject({ locale: 'ar', allLanguages: false });
    expect(parse({ q: 'x', lang: 'all' }, 'fr').query).toMatchObject({ locale: 'fr', allLanguages: true });
    expect(parse({ q: 'x', lang: 'ALL' }).query.allLanguages).toBe(false);
    expect(parse({ q: 'x', lang: 'de' }).query.allLanguages).toBe(false);
  });

  it('falls back to relevance and page 1 on anything it cannot read', () => {
    expect(parse({ sort: 'newest' }).query.sort).toBe('newest');
    for (const sort of ['oldest', '', 'NEWEST', "newest' or 1=1"]) expect(parse({ sort }).query.sort).toBe('relevance');
    expect(parse({ page: '3' }).query.page).toBe(3);
    for (const page of ['0', '-2', '1.5', 'abc', '', '1e3x', '10001', 'Infinity', 'NaN'])
      expect(parse({ page }).query.page).toBe(1);
    expect(parse({ page: '10000' }).query.page).toBe(10_000);
  });

  it('reads the date presets and ignores unknown ones', () => {
    for (const date of ['day', 'week', 'month', 'year'] as const) {
      expect(parse({ date, from: '2024-01-01' }).query).toMatchObject({ date, from: null, to: null });
    }
    expect(parse({ date: 'decade' }).query.date).toBeNull();
  });

  it('validates a date range: real days, in order, either end optional', () => {
    expect(parse({ date: 'range', from: '2024-02-01', to: '2024-02-29' })).toMatchObject({
      query: { date: 'range', from: '2024-02-01', to: '2024-02-29' },
      errors: {},
    });
    expect(parse({ date: 'range', from: ' 2024-02-01 ' }).query).toMatchObject({
      date: 'range',
      from: '2024-02-01',
      to: null,
    });
    expect(parse({ date: 'range', to: '2024-02-01' }).query).toMatchObject({
      date: 'range',
      from: null,
      to: '2024-02-01',
    });
    expect(parse({ date: 'range', from: '2024-03-01', to: '2024-03-01' }).errors).toEqual({});
    // Not a day of the calendar, or not the format.
    for (const bad of ['2023-02-29', '2024-13-01', '2024-1-01', '01/02/2024', 'yesterday', "2024-01-01'; drop"]) {
      const { query, errors } = parse({ date: 'range', from: bad, to: '2024-12-31' });
      expect(errors).toEqual({ date: 'invalid-date' });
      expect(query).toMatchObject({ date: null, from: null, to: null });
    }
    const reversed = parse({ date: 'range', from: '2024-05-02', to: '2024-05-01' });
    expect(reversed.errors).toEqual({ date: 'invalid-range' });
    expect(reversed.query).toMatchObject({ date: null, from: null, to: null });
    // A range with neither end is no filter at all.
    expect(parse({ date: 'range' })).toMatchObject({ query: { date: null }, errors: {} });
    // Dates given with "any date" make a range (without JavaScript nothing ties the fields to the menu)…
    expect(parse({ from: '2024-01-01', to: '2024-01-02' }).query).toMatchObject({
      date: 'range',
      from: '2024-01-01',
      to: '2024-01-02',
    });
    expect(parse({ date: '', to: '2024-01-02' }).query).toMatchObject({ date: 'range', from: null, to: '2024-01-02' });
    // …but another period chosen in the menu wins over them.
    expect(parse({ date: 'week', from: '2024-01-01' }).query).toMatchObject({ date: 'week', from: null, to: null });
  });

  it('takes section and author slugs as given (NFC), and drops absurdly long ones', () => {
    expect(parse({ section: 'politique', author: 'amal-haddad' }).query).toMatchObject({
      sectionSlug: 'politique',
      authorSlug: 'amal-haddad',
    });
    expect(parse({ section: 'e\u0301conomie' }).query.sectionSlug).toBe('économie');
    expect(parse({ section: 'x'.repeat(201) }).query.sectionSlug).toBeNull();
    expect(parse({ section: '' }).query.sectionSlug).toBeNull();
  });

  it('never throws, whatever the parameters hold', () => {
    const weird = ['', ' ', '\u0000', '%', '"', "'", '<script>', '\uD800', 'ﷺ', '🎉'.repeat(150), 'x'.repeat(10_000)];
    for (const value of weird) {
      const input = Object.fromEntries(
        ['q', 'lang', 'section', 'author', 'date', 'from', 'to', 'sort', 'page'].map((k) => [k, value]),
      );
      expect(() => parse(input)).not.toThrow();
      expect(() => parse({ ...input, date: 'range' })).not.toThrow();
    }
  });
});

describe('searchHref', () => {
  const base = parse({}, 'fr').query;

  it('writes only what differs from the defaults', () => {
    expect(searchHref(base)).toBe('/fr/search');
    expect(searchHref(base, { q: 'députés' })).toBe('/fr/search?q=d%C3%A9put%C3%A9s');
    expect(searchHref(base, { q: 'x', page: 1, sort: 'relevance' })).toBe('/fr/search?q=x');
    // from/to belong to a range only.
    expect(searchHref(base, { q: 'x', date: 'week', from: '2024-01-01' })).toBe('/fr/search?q=x&date=week');
  });

  it('round-trips through the URL: a shared link asks the same search', () => {
    const searches: Partial<SearchQuery>[] = [
      { q: 'school budget' },
      { q: '"quoted phrase" -excluded OR other', sort: 'newest', page: 7 },
      { q: 'الميزانية & ما بعدها؟', allLanguages: true, sectionSlug: 'اقتصاد', authorSlug: 'amal' },
      { q: 'a+b=c #1 100%', date: 'month' },
      { q: 'x', date: 'range', from: '2024-01-01', to: '2024-06-30' },
      { q: 'x', date: 'range', from: '2024-01-01' },
      { q: '', page: 2 },
    ];
    for (const change of searches) {
      const query = { ...base, ...change };
      const href = searchHref(query);
      expect(href.startsWith('/fr/search')).toBe(true);
      const back = parseSearchParams('fr', paramsOf(href));
      expect(back.errors).toEqual({});
      expect(back.query).toEqual(query);
    }
  });
});

describe('queryWords', () => {
  it('gives the words a suggestion may replace: no operators, no short words, punctuation trimmed', () => {
    expect(queryWords('budgte schol')).toEqual(['budgte', 'schol']);
    expect(queryWords('"school budgte" -tax OR levy')).toEqual(['school', 'budgte', 'levy']);
    expect(queryWords('«députés», l’Assemblée!')).toEqual(['députés', 'l’Assemblée']);
    expect(queryWords('المعلمين؟ في الميزانيه')).toEqual(['المعلمين', 'الميزانيه']);
    expect(queryWords('a an to of ...')).toEqual([]);
    expect(queryWords('')).toEqual([]);
    expect(queryWords('one two three four five six seven eight')).toEqual([
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
    ]);
  });
});

describe('webSearchText', () => {
  it('reads a chain of minus signs as one (PostgreSQL refuses more than 32 nested NOTs)', () => {
    expect(webSearchText('-'.repeat(150))).toBe('-');
    expect(webSearchText(`cat ${'-'.repeat(40)}dog`)).toBe('cat -dog');
    expect(webSearchText(`cat -${' -'.repeat(40)}dog`)).toBe('cat -dog');
    expect(webSearchText(`${'-('.repeat(40)}cat`)).toBe('-(cat');
  });

  it('leaves words, hyphenated words, phrases and single exclusions alone, and drops NUL', () => {
    expect(webSearchText('school budget -tax "quoted phrase" OR well-known')).toBe(
      'school budget -tax "quoted phrase" OR well-known',
    );
    expect(webSearchText('-ميزانية -"school budget"')).toBe('-ميزانية -"school budget"');
    expect(webSearchText('a\u0000b')).toBe('ab');
  });
});
