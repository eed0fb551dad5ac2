import 'server-only';
import { and, desc, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articles, sectionTranslations, tags, users } from '@/db/schema';
import { cardQuery, toCard } from '../articles/cards';
import type { ArticleCard } from '../articles/types';
import { isVisible, namesItsAuthor } from '../articles/visibility';
import { locales, type Locale } from '../i18n/config';
import { MARK_END, MARK_START } from './snippet';
import { MAX_SEARCH_PAGES, SEARCH_PAGE_SIZE, plainSearch, queryWords, webSearchText, type SearchQuery } from './params';

/** The text search configuration of each article language (migration 0009). */
const configs: Record<Locale, string> = { en: 'maydan_en', fr: 'maydan_fr', ar: 'maydan_ar' };

/**
 * The reader's query as a tsquery in one language: normalized by the same SQL function as the
 * indexed text, then read as a web search (words, "phrases", -exclusions, OR). A constant per
 * language, so the GIN index answers `search_vector @@ …`.
 */
export function tsQuery(locale: Locale, q: string): SQL {
  return sql`websearch_to_tsquery(${sql.raw(`'${configs[locale]}'`)}::regconfig, maydan_search_normalize(${webSearchText(q)}))`;
}

/** Stories in the given languages whose search document matches `q` (any status). */
export function matches(q: string, languages: readonly Locale[]): SQL {
  const perLanguage = languages.map(
    (l) => sql`(${articles.locale} = ${l} and ${articles.searchVector} @@ ${tsQuery(l, q)})`,
  );
  return sql`(${sql.join(perLanguage, sql` or `)})`;
}

function queryForRow(q: string, languages: readonly Locale[]): SQL {
  if (languages.length === 1) return tsQuery(languages[0]!, q);
  return sql`(case ${articles.locale} ${sql.join(
    languages.map((l) => sql`when ${l} then ${tsQuery(l, q)}`),
    sql` `,
  )} end)`;
}

/** The date readers see on a story (its first publication). */
const shownDate = sql`coalesce(${articles.firstPublishedAt}, ${articles.publishedAt})`;

/** The month of a time, as `articles.search_month` counts it (months since year 0, UTC). */
const monthOf = (time: SQL) =>
  sql`(extract(year from timezone('UTC', ${time})) * 12 + extract(month from timezone('UTC', ${time})) - 1)::integer`;

/**
 * Relevance, written down once:
 *
 *   score = ts_rank_cd({D 0.1, C 0.2, B 0.4, A 1.0}, document, query, 32) × (1 + ½ · 2^(−age in days / 30))
 *
 * - `ts_rank_cd` is cover density: matched words close together count more, and each match
 *   counts by its weight, so a headline match (A, 1.0) counts five times a body match (C, 0.2).
 *   Normalization 32 maps it into [0, 1) (rank / (rank + 1)) so the boost stays proportionate.
 * - The recency factor is 1.5 for a story published now, 1.25 at a month old, about 1.0 after a
 *   year: of two equal matches the newer wins, and a fresh story needs a match that is at least
 *   two-thirds as strong as an old one's to pass it. A word once in the headline of a 2019 story
 *   (0.5 × 1.0) still beats the same word once in the body of today's (0.17 × 1.5 = 0.25); five
 *   times in the body counts as much as once in the headline.
 * - Computed in double precision (numeric `power` would cost more per matched row).
 */
export function searchScore(q: string, languages: readonly Locale[]): SQL<number> {
  return sql<number>`(ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', ${articles.searchVector}, ${queryForRow(q, languages)}, 32)
    * (1 + 0.5 * power(2::float8, -greatest(0, extract(epoch from (now() - ${shownDate}))::float8) / 2592000)))`;
}

const intervals = { day: '1 day', week: '7 days', month: '1 month', year: '1 year' } as const;

/** Everything but the words: what readers may see, in the asked languages, with the filters. */
function filters(query: SearchQuery, timeZone: string): SQL[] {
  const conditions: SQL[] = [isVisible()];
  if (query.sectionSlug) {
    conditions.push(
      sql`${articles.sectionId} = (select ${sectionTranslations.sectionId} from ${sectionTranslations} where ${sectionTranslations.locale} = ${query.locale} and ${sectionTranslations.slug} = ${query.sectionSlug})`,
    );
  }
  if (query.authorSlug) {
    conditions.push(
      sql`${articles.authorId} = (select ${users.id} from ${users} where ${users.slug} = ${query.authorSlug})`,
      namesItsAuthor,
    );
  }
  // A start date is also given as a month bound, which the index answers with the words (an end
  // date is not: see languageMatches).
  const since = (start: SQL) => [sql`${shownDate} >= ${start}`, sql`${articles.searchMonth} >= ${monthOf(start)}`];
  if (query.date && query.date !== 'range') {
    conditions.push(...since(sql`now() - ${sql.raw(`interval '${intervals[query.date]}'`)}`));
  }
  if (query.date === 'range') {
    if (query.from) conditions.push(...since(sql`(${query.from}::date)::timestamp at time zone ${timeZone}`));
    if (query.to) {
      const end = sql`(${query.to}::date + 1)::timestamp at time zone ${timeZone}`;
      conditions.push(sql`${shownDate} < ${end}`);
    }
  }
  return conditions;
}

/** A found story: its card, and the text around the matched words (see lib/search/snippet.ts). */
export type SearchHit = ArticleCard & { snippet: string };

export type SearchResults = {
  items: SearchHit[];
  /** How many stories match, at most MATCH_LIMIT (then `totalIsLowerBound`: "more than 500"). */
  total: number;
  totalIsLowerBound: boolean;
  page: number;
  pageCount: number;
  /** The page asked for lies beyond the last page readers may open: refine instead. */
  beyondLimit: boolean;
};

/**
 * The most matches a search orders: readers can open 50 pages of 10, so relevance ranks the 500
 * newest matches (and newest-first needs no more). Ranking reads each candidate's whole search
 * document (several kB, stored out of line), so ranking every match of a common word (10,000 of
 * 100,000 stories) costs about 150 ms; 500 cost a few milliseconds.
 */
export const MATCH_LIMIT = MAX_SEARCH_PAGES * SEARCH_PAGE_SIZE;

/**
 * The newest matches are read a band of months at a time, newest band first, until more than
 * MATCH_LIMIT are found. The index holds each story's month beside its words (migration 0010), so
 * a band reads only its own matches: a common word's newest 500 are in its last few months, and
 * reading its 30,000 matches to count them was most of a search's time. So matches are counted
 * up to MATCH_LIMIT, the most readers can page through; beyond, readers see "more than 500
 * results" (as search engines do).
 *
 * The first band is this month and the last; each next band is sized from the matches per month
 * found so far (half as many again, for safety); a band with nothing yet, or one reaching past
 * three years, becomes "everything older", so a rare word costs two reads.
 */
const FIRST_BAND_MONTHS = 2;
const LAST_BANDED_MONTH = 36;

/** Months back from this month: `from` (inclusive, older) to `to` (exclusive, newer; none for the first band). */
type Band = { from: number | null; to: number | null };

export type SearchOptions = { timeZone: string };

/** Matches in the reader's language (or all languages), ranked or newest first, one page. */
export async function searchArticles(db: Db, query: SearchQuery, options: SearchOptions): Promise<SearchResults> {
  const empty = { items: [], total: 0, totalIsLowerBound: false, page: query.page, pageCount: 0, beyondLimit: false };
  if (!query.q) return empty;
  if (query.page > MAX_SEARCH_PAGES) return { ...empty, beyondLimit: true };
  const languages = query.allLanguages ? locales : [query.locale];
  const found = await Promise.all(languages.map((l) => newestMatches(db, query, options, l)));
  const newest = found.flat().sort((a, b) => b.shown - a.shown || b.id - a.id);
  const totalIsLowerBound = newest.length > MATCH_LIMIT;
  const total = Math.min(newest.length, MATCH_LIMIT);
  const offset = (query.page - 1) * SEARCH_PAGE_SIZE;
  const pageIds =
    query.sort === 'newest'
      ? newest.slice(offset, offset + SEARCH_PAGE_SIZE).map((r) => r.id)
      : await rankPage(
          db,
          query,
          newest.slice(0, MATCH_LIMIT).map((r) => r.id),
          offset,
        );
  const [rows, snippets] = await Promise.all([
    pageIds.length ? cardQuery(db).where(inArray(articles.id, pageIds)) : Promise.resolve([]),
    headlines(db, query.q, pageIds, languages),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    items: pageIds.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ ...toCard(row), snippet: snippets.get(id) ?? row.dek }] : [];
    }),
    total,
    totalIsLowerBound,
    page: query.page,
    pageCount: Math.ceil(total / SEARCH_PAGE_SIZE),
    beyondLimit: false,
  };
}

/** Stories in one language that match, with the filters, in a band of months (the index answers all of it). */
function languageMatches(query: SearchQuery, options: SearchOptions, l: Locale, band?: Band): SQL {
  const thisMonth = monthOf(sql`now()`);
  const months = [
    ...(band?.from != null ? [sql`${articles.searchMonth} >= ${thisMonth} - ${band.from}`] : []),
    // The newer end is tested on the row, not in the index: an index bound `month < m` reads
    // every older month's entries (all the stories) to intersect them with the words.
    ...(band?.to != null
      ? [
          sql`${shownDate} < timezone('UTC', date_trunc('month', timezone('UTC', now())) - make_interval(months => ${band.to - 1}))`,
        ]
      : []),
  ];
  return and(matches(query.q, [l]), ...filters(query, options.timeZone), ...months)!;
}

/** The `limit` newest matches of one language in a band of months (all months without). */
function newestQuery(query: SearchQuery, options: SearchOptions, l: Locale, limit: number, band?: Band): SQL {
  return sql`select ${articles.id} as id, extract(epoch from ${shownDate})::float8 as shown from ${articles}
    where ${languageMatches(query, options, l, band)}
    order by ${shownDate} desc, ${articles.id} desc limit ${limit}`;
}

/**
 * One language's MATCH_LIMIT + 1 newest matches (one more than readers can page to, so that "more
 * than 500" is known), band by band (see FIRST_BAND_MONTHS). Each language is its own query:
 * written as one `or`, PostgreSQL re-checks the whole condition on every matching row and so
 * reads every match's search document.
 */
async function newestMatches(db: Db, query: SearchQuery, options: SearchOptions, l: Locale) {
  return throughSearchIndex(db, async (tx) => {
    const rows: { id: number; shown: number }[] = [];
    let band: Band = { from: FIRST_BAND_MONTHS - 1, to: null };
    for (;;) {
      const found = rowsOf<{ id: number; shown: number }>(
        await tx.execute(newestQuery(query, options, l, MATCH_LIMIT + 1 - rows.length, band)),
      );
      rows.push(...found.map((r) => ({ id: Number(r.id), shown: Number(r.shown) })));
      if (rows.length > MATCH_LIMIT || band.from === null) return rows;
      const covered = band.from + 1;
      const needed = MATCH_LIMIT + 1 - rows.length;
      const more = rows.length ? Math.ceil((1.5 * needed * covered) / rows.length) : Infinity;
      band = { from: covered + more > LAST_BANDED_MONTH ? null : covered + more - 1, to: covered };
    }
  });
}

/**
 * Runs `read` with plans that reach rows through bitmap index scans only. The planner does not
 * count the cost of reading a search document stored out of line, so for the first 1,001 matches
 * of a common word it chose to read the table in order and test every story's document (400 ms
 * on 100,000 stories) over the GIN index that names the matching rows (5 ms).
 */
async function throughSearchIndex<T>(db: Db, read: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`,
    );
    return read(tx as unknown as Db);
  });
}

/** One page of the candidates in order of relevance (the score above), newer first on a tie. */
async function rankPage(db: Db, query: SearchQuery, candidates: number[], offset: number): Promise<number[]> {
  if (candidates.length <= offset) return [];
  const languages = query.allLanguages ? locales : [query.locale];
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(inArray(articles.id, candidates))
    .orderBy(desc(searchScore(query.q, languages)), desc(shownDate), desc(articles.id))
    .limit(SEARCH_PAGE_SIZE)
    .offset(offset);
  return rows.map((r) => r.id);
}

// The index reads والمعلمين as المعلمين and المياه as المياة (maydan_search_normalize), but a
// snippet is cut from the text as written, where the stemmer leaves و and ف attached and a final ه
// in place. So that such words are marked too, an Arabic story's snippet is also asked for each
// query word with وال and فال in front, and for the query as typed.
const ARABIC_WORD = '(^|[^\u0621-\u064A])(?:\u0627\u0644)?([\u0621-\u064A]{3,})';

function headlineQuery(q: string, languages: readonly Locale[]): SQL {
  const base = queryForRow(q, languages);
  if (!languages.includes('ar')) return base;
  const prefixed = (prefix: string) =>
    sql`websearch_to_tsquery('maydan_ar'::regconfig, regexp_replace(maydan_search_normalize(${webSearchText(q)}), ${ARABIC_WORD}, ${`\\1${prefix}\\2`}, 'g'))`;
  const typed = sql`websearch_to_tsquery('maydan_ar'::regconfig, ${webSearchText(q)})`;
  return sql`(case when ${articles.locale} = 'ar' then ${base} || ${typed} || ${prefixed('\u0648\u0627\u0644')} || ${prefixed('\u0641\u0627\u0644')} else ${base} end)`;
}

/**
 * The text around the matched words, with those words between MARK_START and MARK_END. Built
 * from the story's own text (dek and body), so readers see it as written; the markers (and the
 * tatweel, which splits a word for the parser) are removed from that text first, so only
 * PostgreSQL's marks remain.
 */
async function headlines(db: Db, q: string, ids: number[], languages: readonly Locale[]) {
  if (ids.length === 0) return new Map<number, string>();
  const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=32, MinWords=16, MaxFragments=2, FragmentDelimiter=" … "`;
  const rows = await db
    .select({
      id: articles.id,
      snippet: sql<string>`ts_headline(maydan_search_config(${articles.locale}),
        translate(concat_ws(' — ', nullif(${articles.dek}, ''), maydan_html_text(${articles.body})), ${MARK_START + MARK_END + '\u0640'}, ''),
        ${headlineQuery(q, languages)}, ${options})`,
    })
    .from(articles)
    .where(inArray(articles.id, ids));
  return new Map(rows.map((r) => [r.id, r.snippet]));
}

/**
 * Close spellings of the query's words among the titles of visible stories and the tag names of
 * the language (pg_trgm): the query with each word replaced by its closest known word, or null
 * when no word has a close match. Offered only when the suggestion finds something.
 */
export async function suggestSpelling(db: Db, locale: Locale, q: string): Promise<string | null> {
  const words = queryWords(q);
  let suggestion = q;
  let changed = false;
  for (const word of words) {
    const lowered = word.toLowerCase();
    const [best] = await db
      .transaction(async (tx) => {
        // `<%` (word similarity, answered by the trigram indexes) at a looser bar than the default 0.6;
        // title words are split at spaces and at French elisions (l’assemblée → assemblée).
        await tx.execute(sql`set local pg_trgm.word_similarity_threshold = 0.4`);
        return tx.execute(sql`
      select w as word from (
        select lower(btrim(t.w, '.,:;!?«»"''()[]،؛؟…—–-')) as w
          from ${articles}, regexp_split_to_table(${articles.title}, '[\\s''’]+') as t(w)
          where ${articles.locale} = ${locale} and ${isVisible()} and ${word} <% ${articles.title}
        union
        select lower(${tags.name}) from ${tags} where ${tags.locale} = ${locale} and ${word} <% ${tags.name}
      ) candidates
      where w <> '' and w <> ${lowered} and similarity(w, ${lowered}) >= 0.35
      order by similarity(w, ${lowered}) desc, w
      limit 1`);
      })
      .then(rowsOf<{ word: string }>);
    if (best) {
      suggestion = suggestion.split(word).join(best.word);
      changed = true;
    }
  }
  if (!changed) return null;
  const [found] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(matches(suggestion, [locale]), isVisible()))
    .limit(1);
  return found ? suggestion : null;
}

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * The plans PostgreSQL chooses for a search's reads of the matches in one language (tests assert
 * the GIN index answers them): the newest matches in the first band of months, and in all older ones.
 */
export async function explainSearch(db: Db, locale: Locale, q: string): Promise<string> {
  const query = plainSearch(locale, q);
  const options = { timeZone: 'UTC' };
  const plans = await throughSearchIndex(db, async (tx) => {
    const out = [];
    for (const statement of [
      newestQuery(query, options, locale, MATCH_LIMIT + 1, { from: FIRST_BAND_MONTHS - 1, to: null }),
      newestQuery(query, options, locale, MATCH_LIMIT + 1, { from: null, to: FIRST_BAND_MONTHS }),
    ]) {
      out.push(
        rowsOf<Record<string, string>>(await tx.execute(sql`explain ${statement}`)).map((r) => Object.values(r)[0]),
      );
    }
    return out;
  });
  return plans.map((lines) => lines.join('\n')).join('\n\n');
}
