import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { listQueueArticles, resolveQueueArticle } from '@/lib/admin/comment-queue-article';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const moderator = { id: 0, role: 'moderator' as const, name: 'Mona' };
const author = { id: 0, role: 'author' as const, name: 'Adam' };
const ids: Record<string, number> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const [m] = await db
    .insert(schema.users)
    .values({ email: 'mona@maydan.example', name: 'Mona', slug: 'mona', role: 'moderator' })
    .returning({ id: schema.users.id });
  moderator.id = author.id = m!.id;
  const stories = [
    { key: 'traffic', locale: 'en', title: 'Port traffic rises again' },
    { key: 'strike', locale: 'en', title: 'Port strike ends after 10% raise' },
    { key: 'budget', locale: 'en', title: 'Budget vote delayed' },
    { key: 'port-fr', locale: 'fr', title: 'Le port recrute' },
  ] as const;
  for (const s of stories) {
    const [row] = await db
      .insert(schema.articles)
      .values({ locale: s.locale, slug: s.key, title: s.title, authorId: m!.id })
      .returning({ id: schema.articles.id });
    ids[s.key] = row!.id;
  }
  const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 0, minutes));
  const comment = (key: string, status: 'pending' | 'approved', minutes: number) => ({
    articleId: ids[key]!,
    name: 'Reader',
    email: 'reader@example.com',
    body: 'A comment.',
    status,
    createdAt: at(minutes),
  });
  await db
    .insert(schema.comments)
    .values([
      comment('strike', 'pending', 1),
      comment('traffic', 'pending', 2),
      comment('traffic', 'pending', 3),
      comment('strike', 'approved', 4),
      comment('budget', 'pending', 5),
      comment('port-fr', 'pending', 6),
    ]);
});

afterAll(async () => {
  await database?.dispose();
});

describe('the comment queue article filter', () => {
  it('refuses anyone without the moderation permission', async () => {
    // A refused list read answers an empty list, where a moderator finds the same articles.
    const filter = { status: 'pending', title: 'port' } as const;
    expect((await listQueueArticles(database.db, moderator, filter)).length).toBeGreaterThan(0);
    expect(await listQueueArticles(database.db, author, filter)).toEqual([]);
  });

  it('takes an id (with or without #) as it is, and nothing as no filter', async () => {
    expect(await resolveQueueArticle(database.db, moderator, { status: 'pending', article: '#42' })).toEqual({
      articleId: 42,
      match: null,
    });
    expect(await resolveQueueArticle(database.db, moderator, { status: 'pending', article: '  ' })).toEqual({
      match: null,
    });
  });

  it('finds articles with comments in the tab by words of their title, in the order the tab lists them', async () => {
    const several = await resolveQueueArticle(database.db, moderator, { status: 'pending', article: 'PORT' });
    expect(several.articleId).toBeUndefined();
    expect(several.match).toEqual({
      kind: 'several',
      articles: [
        { id: ids.strike, title: 'Port strike ends after 10% raise', locale: 'en' },
        { id: ids.traffic, title: 'Port traffic rises again', locale: 'en' },
        { id: ids['port-fr'], title: 'Le port recrute', locale: 'fr' },
      ],
    });
    const approved = await listQueueArticles(database.db, moderator, { status: 'approved', title: 'port' });
    expect(approved.map((a) => a.id)).toEqual([ids.strike]);
  });

  it('filters at once on a single match, by language too, and says when nothing matches', async () => {
    expect(await resolveQueueArticle(database.db, moderator, { status: 'pending', article: 'strike' })).toEqual({
      articleId: ids.strike,
      match: null,
    });
    expect(
      await resolveQueueArticle(database.db, moderator, { status: 'pending', locale: 'fr', article: 'port' }),
    ).toEqual({ articleId: ids['port-fr'], match: null });
    // LIKE wildcards in the words match themselves.
    expect(await resolveQueueArticle(database.db, moderator, { status: 'pending', article: '10%' })).toEqual({
      articleId: ids.strike,
      match: null,
    });
    expect(await resolveQueueArticle(database.db, moderator, { status: 'pending', article: 'r_ise' })).toEqual({
      match: { kind: 'none' },
    });
    expect(await resolveQueueArticle(database.db, moderator, { status: 'spam', article: 'port' })).toEqual({
      match: { kind: 'none' },
    });
  });
});
