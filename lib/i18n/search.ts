import type { Locale } from './config';
import type { Dictionary } from './dictionary';
import type { PluralForms } from './messages';
import { ar } from './ar/search';
import { en } from './en/search';
import { fr } from './fr/search';

/** The reader's search: the header field, the results page and the OpenSearch description. */
export type SearchMessages = {
  /** The header's search landmark and the page's title. */
  search: string;
  /** The results page's title (browser tab) when a query was asked: `{query}` is the query. */
  titleWithQuery: string;
  /** The phone header's button that opens the search field. */
  open: string;
  query: string;
  queryHint: string;
  submit: string;
  allLanguages: string;
  filters: string;
  section: string;
  anySection: string;
  author: string;
  anyAuthor: string;
  date: string;
  dates: {
    any: string;
    day: string;
    week: string;
    month: string;
    year: string;
    range: string;
  };
  from: string;
  to: string;
  rangeHint: string;
  /** The filters' own submit button. */
  apply: string;
  sort: string;
  sorts: { relevance: string; newest: string };
  errors: {
    'too-long': string;
    'invalid-date': string;
    'invalid-range': string;
  };
  /** `{count}` results; `{query}` (isolated) is what was searched. */
  resultCount: PluralForms;
  /** More than `{count}` results (counting stops at the most readers can page through). */
  resultCountOver: string;
  nothingFound: string;
  nothingFoundHint: string;
  previousPage: string;
  nextPage: string;
  firstPage: string;
  /** `{suggestion}` is a link to the suggested search. */
  didYouMean: string;
  latestInstead: string;
  beyondLimit: string;
  rateLimited: string;
  page: string;
  /** OpenSearch: how a browser names this search. */
  shortName: string;
  description: string;
};

const all: Dictionary<SearchMessages> = { en, fr, ar };

export function getSearchMessages(locale: Locale): SearchMessages {
  return all[locale];
}
