/**
 * How tag names are compared while someone types: "مياه" finds "المياه", "etat" finds "État".
 * Pure, so the browser, unit tests and the server share it. The server applies the same steps
 * in SQL (lib/tag-suggest.ts) with the patterns below, so both sides agree character for character.
 */

/** Latin combining accents, Arabic harakat, hamza marks (أ إ آ ؤ ئ decompose to them), dagger alef, tatweel. */
export const MARKS_CLASS = '[\\u0300-\\u036F\\u064B-\\u065F\\u0670\\u0640]';

/**
 * Characters between words: ASCII controls, spaces and punctuation, the no-break space,
 * guillemets, Arabic comma, semicolon, question mark and percent signs, typographic dashes and
 * quotes. Spelled out (not `[^[:alnum:]]`) because PostgreSQL's classes know only ASCII under
 * the C locale.
 */
export const SEPARATORS_CLASS =
  '[\\u0001-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007F\\u00A0\\u00AB\\u00BB\\u060C\\u061B\\u061F\\u066A-\\u066D\\u2000-\\u206F\\u3000]';

/** The Arabic definite article, dropped from a word that keeps at least two letters without it. */
export const ARTICLE_PATTERN = '(^| )ال(?=[^ ]{2})';

const marks = new RegExp(MARKS_CLASS, 'gu');
const separators = new RegExp(`${SEPARATORS_CLASS}+`, 'gu');
const article = new RegExp(ARTICLE_PATTERN, 'gu');

/** Lower case, no accents or harakat, hamza-less alef, words split by single spaces, no "ال". */
export function tagSearchKey(name: string): string {
  return name.normalize('NFKD').replace(marks, '').toLowerCase().replace(separators, ' ').trim().replace(article, '$1');
}

/**
 * The keys to look for while a name is being typed. The last word may be unfinished, so "الم"
 * (which could become "المياه") is looked for with and without its article.
 */
export function tagFragmentKeys(fragment: string): string[] {
  const key = tagSearchKey(fragment);
  if (!key) return [];
  const words = key.split(' ');
  const last = words.at(-1)!;
  if (last.startsWith('ال') && last.length > 2 && last.length < 4) {
    return [key, [...words.slice(0, -1), last.slice(2)].join(' ')];
  }
  return [key];
}

/** What separates tags in the field: the Latin comma and the Arabic comma and semicolon. */
const TAG_SEPARATORS = /[,\u060C\u061B]/;

/** The tag being typed: what follows the last separator, trimmed. */
export function currentTagFragment(value: string): string {
  const parts = value.split(TAG_SEPARATORS);
  return parts.at(-1)!.trim();
}

/** The tags already complete in the field (everything before the last separator). */
export function completedTags(value: string): string[] {
  return value
    .split(TAG_SEPARATORS)
    .slice(0, -1)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Puts a chosen tag in place of the fragment being typed and starts the next one, with the
 * comma of the article's language (both kinds separate tags).
 */
export function replaceTagFragment(value: string, name: string, arabic: boolean): string {
  const match = /^(.*[,\u060C\u061B])?[^,\u060C\u061B]*$/su.exec(value);
  const head = (match?.[1] ?? '').replace(/\s*$/u, '');
  const comma = arabic ? '،' : ',';
  return `${head ? `${head} ` : ''}${name}${comma} `;
}

/**
 * The same tag's slug with and without the Arabic article on each word ("مياه" ↔ "المياه"),
 * the slug itself first. Saving reuses an existing tag found under one of them rather than
 * creating a near-duplicate. Slugs of more than four words are only looked up as they are.
 */
export function articleSlugVariants(slug: string): string[] {
  const words = slug.split('-');
  if (words.length > 4) return [slug];
  let variants = [''];
  for (const word of words) {
    const forms = [word];
    if (word.startsWith('ال') && word.length >= 4) forms.push(word.slice(2));
    else if (/^\p{Script=Arabic}{2,}$/u.test(word) && !word.startsWith('ال')) forms.push(`ال${word}`);
    variants = variants.flatMap((head) => forms.map((form) => (head ? `${head}-${form}` : form)));
  }
  return variants;
}
