import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { countSeenBefore, countView, countViews, listMostRead, listViewHours, sweepViews } from '@/lib/most-read';
import { hourStart } from '@/lib/most-read/rules';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const db = () => database.db;
const HOUR = 3600_000;
const DAY = 24 * HOUR;
// Every clock below is this one or derived from it: nothing depends on when the test runs.
const NOW = new Date('2026-05-10T12:30:00Z');
const at = (hoursAgo: number) => new Date(NOW.getTime() - hoursAgo * HOUR);
let authorId: number;
let counter = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  const [user] = await db()
    .insert(schema.users)
    .values({ email: 'author@most-read.example', name: 'Most Read Author', slug: 'most-read-author', role: 'author' })
    .returning({ id: schema.users.id });
  authorId = user!.id;
});

afterAll(async () => {
  await database?.dispose();
});

type StoryOptions = Partial<Pick<typeof schema.articles.$inferInsert, 'status' | 'publishedAt' | 'deletedAt'>>;

/** A story published ten days before NOW unless told otherwise. */
async function story(locale: 'en' | 'fr' | 'ar', options: StoryOptions = {}) {
  const n = ++counter;
  const [row] = await db()
    .insert(schema.articles)
    .values({
      locale,
      slug: `story-${n}`,
      title: `Story ${n}`,
      body: '<p>x</p>',
      authorId,
      status: 'published',
      publishedAt: at(240),
      ...options,
    })
    .returning({ id: schema.articles.id, title: schema.articles.title });
  return row!;
}

/** `count` views of `id` by distinct visitors at `when`. */
async function views(id: number, count: number, when: Date, prefix = `v${id}-${when.getTime()}`) {
  for (let i = 0; i < count; i++) await countView(db(), id, `${prefix}-${i}`, when, 0);
}

describe(`most read (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('counts one view per visitor and story per hour, and the same visitor again the next hour', async () => {
    const a = await story('en');
    const b = await story('en');
    expect(await countView(db(), a.id, 'visitor-1', at(0), 0)).toEqual({ counted: true, locale: 'en', hourViews: 1 });
    // Again within the same hour (even minutes later): not counted.
    expect(await countView(db(), a.id, 'visitor-1', new Date(hourStart(NOW).getTime() + 59 * 60_000), 0)).toEqual({
      counted: false,
      reason: 'seen',
    });
    // Another visitor, and the same visitor on another story, count.
    expect(await countView(db(), a.id, 'visitor-2', at(0), 0)).toMatchObject({ counted: true, hourViews: 2 });
    expect(await countView(db(), b.id, 'visitor-1', at(0), 0)).toMatchObject({ counted: true, hourViews: 1 });
    // The next hour, the first visitor counts again, in a bucket of its own.
    expect(await countView(db(), a.id, 'visitor-1', new Date(NOW.getTime() + HOUR), 0)).toMatchObject({
      counted: true,
      hourViews: 1,
    });
    expect(await listViewHours(db(), a.id)).toEqual([
      { hour: hourStart(new Date(NOW.getTime() + HOUR)), views: 1 },
      { hour: hourStart(NOW), views: 2 },
    ]);
  });

  it('counts concurrent views of one visitor once, and of many visitors each once', async () => {
    const a = await story('fr');
    const same = await Promise.all(Array.from({ length: 8 }, () => countView(db(), a.id, 'racer', at(0), 0)));
    expect(same.filter((o) => o.counted)).toHaveLength(1);
    await Promise.all(Array.from({ length: 8 }, (_, i) => countView(db(), a.id, `crowd-${i}`, at(0), 0)));
    expect(await listViewHours(db(), a.id)).toEqual([{ hour: hourStart(NOW), views: 9 }]);
  });

  it('counts a batch in one statement: each new view once, per story and hour, nothing for hidden stories', async () => {
    // A month after NOW, so that these views stay out of the lists the other tests read.
    const later = (hoursAgo: number) => new Date(NOW.getTime() + 30 * DAY - hoursAgo * HOUR);
    const T = later(0);
    const a = await story('en');
    const b = await story('fr');
    const hidden = await story('en', { status: 'draft', publishedAt: null });
    await countView(db(), a.id, 'earlier', later(0), 0);
    const lastHour = later(1);
    const result = await countViews(
      db(),
      [
        { articleId: a.id, visitor: 'earlier', at: later(0) }, // already counted this hour
        { articleId: a.id, visitor: 'one', at: later(0) },
        { articleId: a.id, visitor: 'one', at: later(0) }, // twice in the batch
        { articleId: a.id, visitor: 'two', at: later(0) },
        { articleId: a.id, visitor: 'one', at: lastHour }, // the hour before: its own bucket
        { articleId: b.id, visitor: 'earlier', at: later(0) },
        { articleId: hidden.id, visitor: 'one', at: later(0) },
        { articleId: 2 ** 31 - 1, visitor: 'one', at: later(0) },
      ],
      NOW,
      0,
    );
    expect(result.sort((x, y) => x.articleId - y.articleId)).toEqual([
      { articleId: a.id, locale: 'en', hourViews: 3 },
      { articleId: b.id, locale: 'fr', hourViews: 1 },
    ]);
    expect(await listViewHours(db(), a.id)).toEqual([
      { hour: hourStart(T), views: 3 },
      { hour: hourStart(lastHour), views: 1 },
    ]);
    expect(await listViewHours(db(), hidden.id)).toEqual([]);
    // A batch of views all counted before: the story is named, nothing is added.
    expect(await countViews(db(), [{ articleId: b.id, visitor: 'earlier', at: later(0) }], T, 0)).toEqual([
      { articleId: b.id, locale: 'fr', hourViews: null },
    ]);
    expect(await countViews(db(), [], T, 0)).toEqual([]);

    // Two instances' batches at once, overlapping: every distinct view counted exactly once.
    const c = await story('ar');
    const batch = (from: number) =>
      Array.from({ length: 300 }, (_, i) => ({ articleId: c.id, visitor: `v-${from + i}`, at: later(0) }));
    await Promise.all([countViews(db(), batch(0), T, 0), countViews(db(), batch(200), T, 0)]);
    expect(await listViewHours(db(), c.id)).toEqual([{ hour: hourStart(T), views: 500 }]);
  });

  it('counts nothing for stories readers cannot see, and lists no story that went offline', async () => {
    const draft = await story('ar', { status: 'draft', publishedAt: null });
    const later = await story('ar', { status: 'scheduled', publishedAt: new Date(NOW.getTime() + HOUR) });
    const trashed = await story('ar', { deletedAt: at(1) });
    for (const s of [draft, later, trashed])
      expect(await countView(db(), s.id, 'visitor', at(0), 0)).toEqual({ counted: false, reason: 'not-visible' });
    expect(await countView(db(), 2 ** 31 - 1, 'visitor', at(0), 0)).toEqual({ counted: false, reason: 'not-visible' });
    for (const s of [draft, later, trashed]) expect(await listViewHours(db(), s.id)).toEqual([]);

    const live = await story('ar');
    const other = await story('ar');
    await views(live.id, 3, at(1));
    await views(other.id, 1, at(1));
    expect((await listMostRead(db(), 'ar', NOW)).day.map((s) => s.id)).toEqual([live.id, other.id]);
    // Unpublished: it leaves both lists at once; its counts stay for when it returns.
    await db().update(schema.articles).set({ status: 'draft' }).where(eq(schema.articles.id, live.id));
    const lists = await listMostRead(db(), 'ar', NOW);
    expect(lists.day.map((s) => s.id)).toEqual([other.id]);
    expect(lists.week.map((s) => s.id)).toEqual([other.id]);
    await db().update(schema.articles).set({ status: 'published' }).where(eq(schema.articles.id, live.id));
    expect((await listMostRead(db(), 'ar', NOW)).day.map((s) => s.id)).toEqual([live.id, other.id]);
  });

  it('lists the last 24 hours and the last 7 days apart, per language, most read first, five at most', async () => {
    const [recent, older, oldest, ...rest] = await Promise.all(Array.from({ length: 9 }, () => story('en')));
    await views(recent!.id, 3, at(2));
    await views(older!.id, 10, at(30)); // 30 hours ago: this week, not today
    await views(older!.id, 1, at(23)); // still today
    await views(oldest!.id, 50, at(8 * 24)); // eight days ago: in no list
    for (const [i, s] of rest.entries()) await views(s.id, 1 + i, at(100));
    const lists = await listMostRead(db(), 'en', NOW);
    const before = (await listMostRead(db(), 'en', new Date(NOW.getTime() - 3 * DAY))).week;

    expect(lists.day.map((s) => [s.title, s.views])).toEqual(
      // Stories counted by the first test (2 and 1 views at NOW) are English too.
      expect.arrayContaining([
        [recent!.title, 3],
        [older!.title, 1],
      ]),
    );
    expect(lists.day.find((s) => s.id === oldest!.id)).toBeUndefined();
    expect(lists.day.every((s) => ![...rest].some((r) => r.id === s.id))).toBe(true);
    expect(lists.day.map((s) => s.views)).toEqual([...lists.day.map((s) => s.views)].sort((x, y) => y - x));

    expect(lists.week).toHaveLength(5);
    expect(lists.week[0]).toMatchObject({ id: older!.id, views: 11 });
    // The six others have 1 to 6 views, four days ago; `recent` ties with the one at 3.
    expect(lists.week.map((s) => s.views)).toEqual([11, 6, 5, 4, 3]);
    expect(lists.week.find((s) => s.id === oldest!.id)).toBeUndefined();
    // Seen from three days earlier, the eight-day-old views were in the week, and today's were not yet.
    expect(before[0]).toMatchObject({ id: oldest!.id, views: 50 });
    expect(before.find((s) => s.id === recent!.id)).toBeUndefined();

    // Other languages have their own lists.
    expect((await listMostRead(db(), 'fr', NOW)).day.every((s) => s.id !== recent!.id)).toBe(true);
  });

  it('sweeps dedupe rows after two hours and buckets after eight days, a bounded number at a time', async () => {
    const a = await story('fr');
    for (let h = 1; h <= 5; h++) await views(a.id, 3, at(h), `sweep-${h}`);
    await views(a.id, 1, at(9 * 24), 'ancient');
    const twoHoursAgo = hourStart(at(1));
    expect(await countSeenBefore(db(), twoHoursAgo)).toBeGreaterThanOrEqual(13);
    await sweepViews(db(), NOW, 4);
    expect(await countSeenBefore(db(), twoHoursAgo)).toBeGreaterThanOrEqual(9);
    await sweepViews(db(), NOW);
    expect(await countSeenBefore(db(), twoHoursAgo)).toBe(0);
    // The current and the previous hour's rows stay: a visitor seen then is still not counted twice.
    expect(await countView(db(), a.id, 'sweep-1-0', at(1), 0)).toEqual({ counted: false, reason: 'seen' });
    const hours = (await listViewHours(db(), a.id)).map((h) => h.hour.getTime());
    expect(hours).toHaveLength(5);
    expect(Math.min(...hours)).toBe(hourStart(at(5)).getTime());
  });
});
