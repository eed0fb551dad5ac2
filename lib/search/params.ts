// What a search asks for, read from the URL (`/{locale}/search?q=…`) and written back into it.
// Pure: the search page, the search itself, the admin dashboard and unit tests share it.
import { z } from 'zod';
import { locales, type Locale } from '../i18n/config';

export const MAX_QUERY_LENGTH = 200;
export const SEARCH_PAGE_SIZE = 10;
/** Pages beyond this ask the reader to refine the search instead. */
export const MAX_SEARCH_PAGES = 50;

export const dateFilters = ['day', 'week', 'month', 'year', 'range'] as const;
export type DateFilter = (typeof dateFilters)[number];
export const searchSorts = ['relevance', 'newest'] as const;
export type SearchSort = (typeof searchSorts)[number];

/** Why part of a search was not taken as asked; shown next to its field. */
export type SearchFieldErrors = Partial<Record<'q' | 'date', 'too-long' | 'invalid-date' | 'invalid-range'>>;

export type SearchQuery = {
  /** The cleaned query text; '' when nothing was asked. */
  q: string;
  /** The reader's language, or every language. */
  locale: Locale;
  allLanguages: boolean;
  sectionSlug: string | null;
  authorSlug: string | null;
  date: DateFilter | null;
  /** `YYYY-MM-DD`, days in the site's time zone, both inclusive; only with `date: 'range'`. */
  from: string | null;
  to: string | null;
  sort: SearchSort;
  page: number;
};

// Bidirectional overrides and isolates, zero-width and other invisible format characters, and
// controls: nothing a reader means to search for, and overrides could reorder what is echoed back.
const INVISIBLE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]/g;

/** The query as searched: NFC, without invisible controls, with whitespace collapsed. */
export function cleanQuery(raw: string): string {
  return raw.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/**
 * The query as handed to `websearch_to_tsquery`: without NUL (which PostgreSQL text cannot hold),
 * and with every chain of minus signs read as one. Each `-` before a word is a NOT, and PostgreSQL
 * refuses a query nesting more than 32 of them ("tsquery stack too small"), also when other
 * punctuation stands between them (`-(-(-(`); `--word` meant nothing more than `-word` anyway.
 */
export function webSearchText(q: string): string {
  return q.replace(/\u0000/g, '').replace(/-(?:[^\p{L}\p{N}\p{M}"“”«»]*-)+/gu, '-');
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
function validDay(value: string): boolean {
  if (!isoDay.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const one = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().optional());
const slugParam = one.transform((v) => (v && v.length <= 200 ? v.normalize('NFC') : null));

const rawSchema = z.object({
  q: one,
  lang: one,
  section: slugParam,
  author: slugParam,
  date: one,
  from: one,
  to: one,
  sort: one,
  page: one,
});

export type SearchParamsInput = Record<string, string | string[] | undefined>;

/**
 * Reads a search from URL parameters. Never throws: what cannot be taken is dropped, and what the
 * reader should know about comes back in `errors` (a query over 200 characters is refused whole).
 */
export function parseSearchParams(
  locale: Locale,
  input: SearchParamsInput,
): { query: SearchQuery; errors: SearchFieldErrors; rawQ: string } {
  const raw = rawSchema.parse(input);
  const errors: SearchFieldErrors = {};
  const rawQ = raw.q ?? '';
  let q = cleanQuery(rawQ);
  if (q.length > MAX_QUERY_LENGTH) {
    errors.q = 'too-long';
    q = '';
  }
  let date = dateFilters.find((d) => d === raw.date) ?? null;
  // Without JavaScript nothing ties the date fields to the menu: dates given with "any date" mean a range.
  if (!date && (raw.from?.trim() || raw.to?.trim())) date = 'range';
  let from: string | null = null;
  let to: string | null = null;
  if (date === 'range') {
    from = raw.from ? raw.from.trim() : null;
    to = raw.to ? raw.to.trim() : null;
    if ((from && !validDay(from)) || (to && !validDay(to))) errors.date = 'invalid-date';
    else if (from && to && from > to) errors.date = 'invalid-range';
    else if (!from && !to) date = null;
    if (errors.date) {
      date = null;
      from = null;
      to = null;
    }
  }
  const page = Number(raw.page);
  return {
    query: {
      q,
      locale,
      allLanguages: raw.lang === 'all',
      sectionSlug: raw.section ?? null,
      authorSlug: raw.author ?? null,
      date,
      from,
      to,
      sort: searchSorts.find((s) => s === raw.sort) ?? 'relevance',
      page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    },
    errors,
    rawQ,
  };
}

/** A search for `q` with every filter at its default, as a search box without filters sends it. */
export function plainSearch(locale: Locale, q: string, change: Partial<SearchQuery> = {}): SearchQuery {
  return {
    q,
    locale,
    allLanguages: false,
    sectionSlug: null,
    authorSlug: null,
    date: null,
    from: null,
    to: null,
    sort: 'relevance',
    page: 1,
    ...change,
  };
}

/** The URL of a search, with only what differs from the defaults (so shared links stay short). */
export function searchHref(query: SearchQuery, change: Partial<SearchQuery> = {}): string {
  const s = { ...query, ...change };
  const params = new URLSearchParams();
  if (s.q) params.set('q', s.q);
  if (s.allLanguages) params.set('lang', 'all');
  if (s.sectionSlug) params.set('section', s.sectionSlug);
  if (s.authorSlug) params.set('author', s.authorSlug);
  if (s.date) params.set('date', s.date);
  if (s.date === 'range' && s.from) params.set('from', s.from);
  if (s.date === 'range' && s.to) params.set('to', s.to);
  if (s.sort !== 'relevance') params.set('sort', s.sort);
  if (s.page > 1) params.set('page', String(s.page));
  const search = params.toString();
  return `/${s.locale}/search${search ? `?${search}` : ''}`;
}

/** The words of a query that spelling suggestions may replace (no operators, phrases kept as words). */
export function queryWords(q: string): string[] {
  return q
    .replace(/["“”«»]/g, ' ')
    .split(' ')
    .filter((w) => w && !w.startsWith('-') && w !== 'OR')
    .map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter((w) => w.length >= 3)
    .slice(0, 6);
}

export function isSearchLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
