// Language models for the article generator (`npm run db:generate`) and the search benchmark:
// per-language word chains trained on the demo stories (real Arabic, French and English news
// prose), plus a long tail of rare invented names, so that generated text searches like news.
// Pure and deterministic: the same models on every run, whatever the generator's --seed.
import { storiesA } from '../demo/stories-a';
import { storiesB } from '../demo/stories-b';
import type { DemoLocale } from '../demo/types';

export const generatorLocales: readonly DemoLocale[] = ['ar', 'fr', 'en'];

/** A small fast seeded PRNG (mulberry32): uniform floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0 || 0x9e3779b9;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

export const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/**
 * Ranks 0…n−1 drawn with probability ∝ 1 / (rank + 1)^s (Zipf's law, s ≈ 1 for words in text):
 * the first ranks come up constantly, the last almost never.
 */
export function zipf(n: number, s = 1.05): (random: Random) => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) cumulative[r] = total += 1 / Math.pow(r + 1, s);
  return (random) => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const SENTENCE_END = /[.!?؟…]["»”’)]*$/;
/** Letters only: what a reader would type for a word (no punctuation or digits around it). */
const LETTERS = /^[\p{L}][\p{L}’'-]*[\p{L}]$/u;

export function bareWord(token: string): string {
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export type LanguageModel = {
  locale: DemoLocale;
  /** Tokens as they appear in text (with their punctuation), indexed. */
  tokens: string[];
  /** For each token, the tokens that follow it in the demo prose (repeats kept: frequency). */
  next: Uint32Array[];
  /** Tokens that begin a sentence. */
  starts: Uint32Array;
  /** Whether a token ends a sentence. */
  ends: Uint8Array;
  /** Invented rare words (names of people, places, companies), most frequent first. */
  rare: string[];
  drawRare: (random: Random) => number;
  /** Real words of the demo prose, most frequent first, with their counts. */
  words: { word: string; count: number }[];
  /** Word pairs that follow each other in the demo prose (for phrase queries). */
  bigrams: string[];
  /** Tag names used by the demo stories in this language, plus invented ones. */
  tags: string[];
};

const RARE_WORDS = 40_000;
const MODEL_SEED = 0x6d617964; // "mayd": the models never depend on the generator's --seed

function buildModel(locale: DemoLocale): LanguageModel {
  const texts: string[] = [];
  const demoTags = new Set<string>();
  for (const story of [...storiesA, ...storiesB]) {
    const tr = story.translations[locale];
    if (!tr) continue;
    texts.push(`${tr.title}.`, tr.dek, htmlText(tr.body));
    for (const t of tr.tags) demoTags.add(t);
  }
  const index = new Map<string, number>();
  const tokens: string[] = [];
  const follow: number[][] = [];
  const starts: number[] = [];
  const counts = new Map<string, number>();
  const bigrams = new Set<string>();
  const id = (token: string) => {
    let i = index.get(token);
    if (i === undefined) {
      i = tokens.length;
      index.set(token, i);
      tokens.push(token);
      follow.push([]);
    }
    return i;
  };
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.!?؟…]["»”’)]*)\s+/u)) {
      const words = sentence.split(/\s+/).filter(Boolean);
      if (words.length < 3) continue;
      let previous = -1;
      let previousWord = '';
      for (const [position, token] of words.entries()) {
        const i = id(token);
        if (position === 0) starts.push(i);
        else follow[previous]!.push(i);
        previous = i;
        const word = bareWord(token);
        if (LETTERS.test(word)) {
          const lower = word.toLowerCase();
          counts.set(lower, (counts.get(lower) ?? 0) + 1);
          // A phrase readers might quote: two words with nothing between them.
          if (previousWord && bareWord(words[position - 1]!) === words[position - 1] && word === token)
            bigrams.add(`${previousWord} ${lower}`);
          previousWord = lower;
        } else previousWord = '';
      }
    }
  }
  const ends = new Uint8Array(tokens.length);
  // A sentence ends where the text says so, or at a word nothing ever follows.
  for (const [i, token] of tokens.entries()) {
    if (SENTENCE_END.test(token) || follow[i]!.length === 0) ends[i] = 1;
  }
  const words = [...counts.entries()]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1));

  // The long tail: invented names stitched from the beginnings and ends of real words, so they
  // look like the language (Arabic letters for Arabic) yet are new to the stemmer and the index.
  const random = prng(MODEL_SEED + locale.charCodeAt(0) * 31 + locale.charCodeAt(1));
  const known = new Set(words.map((w) => w.word));
  const parts = words.filter((w) => w.word.length >= 4 && !/['’-]/.test(w.word)).map((w) => w.word);
  const rare: string[] = [];
  const seen = new Set<string>();
  while (rare.length < RARE_WORDS) {
    const a = pick(random, parts);
    const b = pick(random, parts);
    const c = random() < 0.3 ? pick(random, parts) : '';
    const head = a.slice(0, between(random, 2, 4));
    const middle = c ? c.slice(1, between(random, 2, 3)) : '';
    const tail = b.slice(-between(random, 2, 4));
    let word = head + middle + tail;
    if (word.length < 5 || known.has(word) || seen.has(word)) continue;
    seen.add(word);
    if (locale !== 'ar') word = word[0]!.toUpperCase() + word.slice(1);
    rare.push(word);
  }
  const tags = [...demoTags];
  for (let i = 0; tags.length < 400; i++) {
    const base = words[40 + i]?.word;
    if (!base) break;
    if (base.length >= 5 && !tags.includes(base)) tags.push(base);
  }
  for (let i = 0; tags.length < 600; i++) tags.push(`${words[60 + (i % 200)]!.word} ${rare[i]!}`);
  return {
    locale,
    tokens,
    next: follow.map((f) => Uint32Array.from(f)),
    starts: Uint32Array.from(starts),
    ends,
    rare,
    drawRare: zipf(RARE_WORDS, 1.02),
    words,
    bigrams: [...bigrams].sort(),
    tags,
  };
}

const models = new Map<DemoLocale, LanguageModel>();

export function languageModel(locale: DemoLocale): LanguageModel {
  let model = models.get(locale);
  if (!model) models.set(locale, (model = buildModel(locale)));
  return model;
}

/** Share of words replaced by a rare name: a few per paragraph, as in news copy. */
const RARE_SHARE = 0.03;

/** One sentence from the chain: 5–45 words, beginning with a capital, ending with a stop. */
export function sentence(model: LanguageModel, random: Random, maxWords = 45): string {
  const out: string[] = [];
  let i = model.starts[Math.floor(random() * model.starts.length)]!;
  for (;;) {
    let token = model.tokens[i]!;
    if (out.length > 0 && random() < RARE_SHARE) {
      const word = bareWord(token);
      if (word.length >= 4 && LETTERS.test(word)) token = token.replace(word, model.rare[model.drawRare(random)]!);
    }
    out.push(token);
    const next = model.next[i]!;
    if ((model.ends[i] && out.length >= 5) || next.length === 0 || out.length >= maxWords) break;
    i = next[Math.floor(random() * next.length)]!;
  }
  let text = out.join(' ');
  if (!SENTENCE_END.test(text)) text = `${text.replace(/[,;:،؛—–-]+$/u, '')}.`;
  return text;
}

/** A headline: the start of a sentence, 5–13 words, without its final stop. */
export function headline(model: LanguageModel, random: Random): string {
  const words = sentence(model, random, 13).split(' ');
  const length = Math.min(words.length, between(random, 5, 13));
  const text = words
    .slice(0, length)
    .join(' ')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[\s,;:.،؛—–«»"“”(-]+$/u, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
