import { afterAll, beforeAll } from 'vitest';
import type { Db } from '@/db/connect';
import type { EditableArticle } from '@/lib/articles/admin';
import { createArticle } from '@/lib/articles/save';
import { transitionArticle } from '@/lib/articles/workflow';
import type { Actor } from '@/lib/auth/actor';
import type { Locale } from '@/lib/i18n/config';
import { cleanQuery, parseSearchParams, type SearchQuery } from '@/lib/search/params';
import { searchArticles } from '@/lib/search/search';
import { createSection } from '@/lib/sections';
import { createTestDatabase } from '../support/database';
import { addStaff } from '../support/staff';

// The newsroom and stories of the search tests (search.test.ts, search-cross-driver.test.ts),
// written through the same services the admin uses, so the triggers that keep the search
// document run as in production.

export type Newsroom = {
  admin: Actor;
  editor: Actor;
  author: Actor;
  otherAuthor: Actor;
  sections: { politics: number; education: number };
};

export async function createNewsroom(db: Db): Promise<Newsroom> {
  const actor = async (role: Actor['role'], name: string, email: string): Promise<Actor> => {
    const staff = await addStaff(db, { email, name, role, password: 'a-long-enough-password' });
    return { id: staff.id, role };
  };
  const admin = await actor('admin', 'Search Admin', 'admin@search.test');
  const editor = await actor('editor', 'Amal Haddad', 'editor@search.test');
  const author = await actor('author', 'Karim Nassar', 'author@search.test');
  const otherAuthor = await actor('author', 'Lina Saad', 'other@search.test');
  const section = async (en: string, fr: string, ar: string) => {
    const result = await createSection(db, admin, { names: { en, fr, ar } });
    if (!result.ok) throw new Error(`section: ${JSON.stringify(result)}`);
    return result.value.id;
  };
  return {
    admin,
    editor,
    author,
    otherAuthor,
    sections: {
      politics: await section('Politics', 'Politique', 'سياسة'),
      education: await section('Education', 'Éducation', 'تعليم'),
    },
  };
}

export type StoryInput = {
  locale?: Locale;
  title: string;
  dek?: string;
  body?: string;
  tags?: string[];
  sectionId?: number | null;
};

/** A draft written by `by` through the admin's own save. */
export async function draft(db: Db, by: Actor, story: StoryInput): Promise<EditableArticle> {
  const result = await createArticle(db, by, {
    locale: story.locale ?? 'en',
    title: story.title,
    dek: story.dek ?? '',
    body: story.body ?? '',
    tags: story.tags ?? [],
    sectionId: story.sectionId ?? null,
  });
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return result.article;
}

/** A story published by the editor at `at` (its first publication date). */
export async function published(db: Db, newsroom: Newsroom, story: StoryInput, at = new Date(), by?: Actor) {
  const article = await draft(db, by ?? newsroom.author, story);
  const result = await transitionArticle(db, newsroom.editor, article.id, 'publish', { now: at });
  if (!result.ok) throw new Error(`publish failed: ${JSON.stringify(result)}`);
  return result.article;
}

export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

/** A search as the search page makes it: the reader's locale, the defaults, and `change`. */
export async function search(db: Db, q: string, change: Partial<SearchQuery> = {}, locale: Locale = 'en') {
  const { query } = parseSearchParams(locale, {});
  return searchArticles(db, { ...query, q: cleanQuery(q), ...change }, { timeZone: 'UTC' });
}

/** The titles found, in order. */
export async function titles(db: Db, q: string, change: Partial<SearchQuery> = {}, locale: Locale = 'en') {
  return (await search(db, q, change, locale)).items.map((i) => i.title);
}

/**
 * A small multilingual newsroom at fixed dates, for comparing both drivers: the same stories,
 * queries and expected order wherever the test runs.
 */
export const corpus: (StoryInput & { at: string; section?: 'politics' | 'education' })[] = [
  {
    locale: 'ar',
    title: 'الميزانيّة العامة للدولة تحت المجهر',
    dek: 'نقاش في البرلمان حول أرقام ٢٠٢٤',
    body: '<p>قال النواب إن الميزانية لا تكفي المدارس والمعلمين، وإن المستشفى الجديد ينتظر التمويل.</p>',
    tags: ['اقتصاد'],
    section: 'politics',
    at: '2024-03-10T09:00:00Z',
  },
  {
    locale: 'ar',
    title: 'إصلاح التعليم يبدأ من المدرسة',
    dek: 'وزارة التربية تعلن خطة جديدة',
    body: '<p>أعلنت الوزارة أن كل مدرسة ستحصل على مكتبة، فالمدارس الريفية أولاً، والمعلمون الجدد في أيلول.</p>',
    tags: ['تعليم'],
    section: 'education',
    at: '2024-09-01T07:00:00Z',
  },
  {
    locale: 'ar',
    title: 'الوالي يزور السوق',
    body: '<p>زار والي المدينة السوق القديم برفقة والد أحد التجار.</p>',
    at: '2023-05-05T12:00:00Z',
  },
  {
    locale: 'fr',
    title: 'Les députés votent le budget',
    dek: 'L’Assemblée nationale adopte le texte',
    body: '<p>Après un débat houleux, les députés ont adopté le budget de l’éducation. Les écoles rurales attendaient.</p>',
    tags: ['Parlement'],
    section: 'politics',
    at: '2024-02-01T10:00:00Z',
  },
  {
    locale: 'fr',
    title: 'Une école sans cartable',
    body: '<p>Dans cette école, les élèves laissent leurs livres en classe. Le budget des familles respire.</p>',
    section: 'education',
    at: '2022-11-15T08:00:00Z',
  },
  {
    locale: 'en',
    title: 'School budget cut by a third',
    dek: 'Teachers say classes will grow',
    body: '<p>The council voted to cut the school budget. Parents protested outside the café on Main Street.</p>',
    tags: ['Budget'],
    section: 'education',
    at: '2024-04-02T15:00:00Z',
  },
  {
    locale: 'en',
    title: 'A new library opens',
    body: '<p>The budget for the new school library came from donations; the naïve hope of a résumé workshop followed.</p>',
    section: 'education',
    at: '2021-06-20T09:30:00Z',
  },
  {
    locale: 'en',
    title: 'Parliament debates the budget',
    body: '<p>Deputies spent the night on amendments. UNESCO observers attended. The speaker added a clause.</p>',
    tags: ['Parliament'],
    section: 'politics',
    at: '2019-10-10T18:00:00Z',
  },
];

/** Publishes the corpus in order; returns the ids by title. */
export async function seedCorpus(db: Db, newsroom: Newsroom): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const story of corpus) {
    const sectionId = story.section ? newsroom.sections[story.section] : null;
    const article = await published(db, newsroom, { ...story, sectionId }, new Date(story.at));
    ids.set(story.title, article.id);
  }
  return ids;
}

/** Queries whose answers both drivers must agree on, with the locale they are asked in. */
export const corpusQueries: [Locale, string, Partial<SearchQuery>?][] = [
  ['ar', 'الميزانية'],
  ['ar', 'الميزانيّة'],
  ['ar', 'ميزانية'],
  ['ar', 'المعلمين'],
  ['ar', 'مدرسه'],
  ['ar', 'اصلاح'],
  ['ar', 'مستشفي'],
  ['ar', '2024'],
  ['ar', 'والي'],
  ['fr', 'deputes'],
  ['fr', 'école budget'],
  ['fr', '"budget des familles"'],
  ['fr', 'budget -députés'],
  ['en', 'budget'],
  ['en', 'school budget'],
  ['en', '"school budget"'],
  ['en', 'budget -school'],
  ['en', 'library OR parliament'],
  ['en', 'cafe'],
  ['en', 'budget', { sort: 'newest' }],
  ['en', 'budget', { allLanguages: true }],
  ['en', 'UNESCO', { allLanguages: true }],
  ['en', 'the of and'],
  // PostgreSQL 15's English stemmer reads "added" as `ad`, PostgreSQL 18's (a newer Snowball) as
  // `add`: the lexemes differ, but each driver stems the query as it stemmed the text.
  ['en', 'adding clauses'],
];

/**
 * For one test file: a fresh database with the newsroom and the corpus, made before its tests and
 * dropped after them. `newsroom` is filled in once the database exists.
 */
export function withSearchCorpus() {
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  const corpus = { db: () => database!.db, newsroom: {} as Newsroom };
  beforeAll(async () => {
    database = await createTestDatabase();
    corpus.newsroom = await createNewsroom(database.db);
    await seedCorpus(database.db, corpus.newsroom);
  });
  afterAll(async () => {
    await database?.dispose();
  });
  return corpus;
}
