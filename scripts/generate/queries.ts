// The search benchmark's queries (`npm run bench -- --search`): many distinct searches drawn from
// the generator's own vocabulary, so that the short search cache cannot answer them and the
// database does the work, in five kinds that behave differently in the index.
import { fileURLToPath } from 'node:url';
import type { DemoLocale } from '../demo/types';
import { between, generatorLocales, languageModel, pick, prng, type Random } from './corpus';

export const queryKinds = ['rare', 'common', 'two words', 'phrase', 'all languages'] as const;
export type QueryKind = (typeof queryKinds)[number];

export type BenchQuery = { kind: QueryKind; locale: DemoLocale; q: string; allLanguages: boolean };

/** Words a reader would type: letters only, long enough not to be a stop word. */
function searchable(locale: DemoLocale) {
  const min = locale === 'ar' ? 4 : 5;
  return languageModel(locale)
    .words.filter((w) => [...w.word].length >= min && !/['’-]/.test(w.word))
    .map((w) => w.word);
}

function shuffle<T>(random: Random, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/**
 * `perKind` distinct queries of each kind, the languages in turn:
 * - rare: an invented name from the long tail (a handful of stories, often none);
 * - common: one of the 300 most frequent words (thousands of stories);
 * - two words: two words of middling frequency (all must match);
 * - phrase: two words that follow each other in the prose, quoted;
 * - all languages: a frequent word, searched in the three languages at once.
 */
export function benchQueries(perKind: number, seed = 7): BenchQuery[] {
  const random = prng(seed);
  const out: BenchQuery[] = [];
  const words = Object.fromEntries(generatorLocales.map((l) => [l, searchable(l)])) as Record<DemoLocale, string[]>;
  for (const kind of queryKinds) {
    const seen = new Set<string>();
    for (let i = 0, misses = 0; seen.size < perKind && misses < perKind * 50; i++) {
      const locale = generatorLocales[i % generatorLocales.length]!;
      const model = languageModel(locale);
      const list = words[locale];
      let q: string;
      if (kind === 'rare') q = model.rare[between(random, 300, model.rare.length - 1)]!;
      else if (kind === 'common' || kind === 'all languages') q = list[between(random, 0, 299)]!;
      else if (kind === 'two words') q = `${list[between(random, 20, 800)]!} ${list[between(random, 20, 800)]!}`;
      else q = `"${pick(random, model.bigrams)}"`;
      const key = `${locale}:${q}`;
      if (seen.has(key)) {
        misses++;
        continue;
      }
      seen.add(key);
      out.push({ kind, locale, q, allLanguages: kind === 'all languages' });
    }
  }
  return shuffle(random, out);
}

// `tsx scripts/generate/queries.ts 2000`: the queries as JSON, for the server benchmark.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(benchQueries(Number(process.argv[2] || 1000))));
}
