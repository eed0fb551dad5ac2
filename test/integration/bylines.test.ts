import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { loadArticlePage } from '@/lib/articles/article-page';
import { listRecentCredits } from '@/lib/articles/list';
import { listStories } from '@/lib/articles/queries';
import { listRevisions } from '@/lib/articles/revisions';
import { createArticle, restoreRevision, updateArticle } from '@/lib/articles/save';
import { transitionArticle } from '@/lib/articles/workflow';
import type { Actor } from '@/lib/auth/actor';
import { listFeedStories } from '@/lib/feeds/queries';
import { defaultIdentity } from '@/lib/identity/identity';
import { createReaderIndex } from '@/lib/reader-index';
import { articleStructuredData } from '@/lib/seo/structured-data';
import { listListingRows, listSitemapChunks } from '@/lib/sitemaps/queries';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const people = {} as Record<'editor' | 'wire' | 'other', Actor>;
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
  const rows = await db()
    .insert(schema.users)
    .values([
      { email: 'editor@bylines.example', name: 'Byline Editor', slug: 'byline-editor', role: 'editor' as const },
      { email: 'wire@bylines.example', name: 'Desk Writer', slug: 'desk-writer', role: 'author' as const },
      { email: 'other@bylines.example', name: 'Other Writer', slug: 'other-writer', role: 'author' as const },
    ])
    .returning({ id: schema.users.id, role: schema.users.role });
  people.editor = { id: rows[0]!.id, role: rows[0]!.role };
  people.wire = { id: rows[1]!.id, role: rows[1]!.role };
  people.other = { id: rows[2]!.id, role: rows[2]!.role };
});

afterAll(async () => {
  await database?.dispose();
});

async function published(by: Actor, title: string, extra: Record<string, unknown> = {}) {
  const created = await createArticle(db(), by, { locale: 'en', title, dek: 'Dek.', body: '<p>Body.</p>', ...extra });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const live = await transitionArticle(db(), people.editor, created.article.id, 'publish');
  if (!live.ok) throw new Error(JSON.stringify(live));
  return live.article;
}

const page = async (id: number) => (await loadArticlePage(db(), { readers: false, actor: people.editor, id }))!.article;

describe(`bylines and credit lines (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('a credit beside the author: both in the byline, the structured data and the feed; the story stays on the author page', async () => {
    const story = await published(people.wire, 'Wire and staff', { bylineCredit: '  AFP\n' });
    const article = await page(story.id);
    expect(article.author?.name).toBe('Desk Writer');
    expect(article.credit).toBe('AFP');
    const [news] = articleStructuredData(article, 'Home', defaultIdentity());
    expect(news.author).toEqual([
      expect.objectContaining({ '@type': 'Person', name: 'Desk Writer' }),
      { '@type': 'Organization', name: 'AFP' },
    ]);
    const byAuthor = await listStories(db(), 'en', { authorId: people.wire.id }, 1);
    expect(byAuthor.items.map((s) => s.id)).toContain(story.id);
    const feed = await listFeedStories(db(), 'en', {});
    expect(feed.find((s) => s.id === story.id)!.byline).toEqual([
      { name: 'Desk Writer', path: '/en/author/desk-writer' },
      { name: 'AFP', path: null },
    ]);
  });

  it('the credit alone: readers are not told the staff author, and the story leaves their author page, feed, sitemap and index', async () => {
    const story = await published(people.other, 'Agencies only', {
      bylineCredit: 'World Opinions + Agencies',
      creditOnly: true,
    });
    const article = await page(story.id);
    expect(article.author).toBeNull();
    expect(article.credit).toBe('World Opinions + Agencies');
    const [news] = articleStructuredData(article, 'Home', defaultIdentity());
    expect(news.author).toEqual([{ '@type': 'Organization', name: 'World Opinions + Agencies' }]);
    expect(JSON.stringify(news)).not.toContain('Other Writer');

    // Other Writer has no story under their name: no author page, feed, sitemap entry or search filter.
    expect((await listStories(db(), 'en', { authorId: people.other.id }, 1)).total).toBe(0);
    expect(await listFeedStories(db(), 'en', { authorId: people.other.id })).toEqual([]);
    expect((await listFeedStories(db(), 'en', {})).find((s) => s.id === story.id)!.byline).toEqual([
      { name: 'World Opinions + Agencies', path: null },
    ]);
    const index = createReaderIndex({ db });
    expect(await index.exists('author', 'en', 'other-writer')).toBe(false);
    expect(await index.exists('author', 'en', 'desk-writer')).toBe(true);
    expect(await index.exists('article', 'en', story.slug)).toBe(true);
    const [chunk] = await listSitemapChunks(db(), 'en', 'authors', 1000);
    const { rows } = await listListingRows(db(), 'en', 'authors', chunk!);
    expect(rows.map((r) => r.slug)).toEqual(['desk-writer']);

    // The owner still finds and edits it: the credit is what readers see, not who owns it.
    const reverted = await updateArticle(
      db(),
      people.editor,
      story.id,
      story.version,
      { locale: 'en', title: story.title, body: '<p>Body.</p>', bylineCredit: 'World Opinions + Agencies' },
      { confirmLive: true },
    );
    expect(reverted.ok).toBe(true);
    expect((await page(story.id)).author?.name).toBe('Other Writer');
    expect((await listStories(db(), 'en', { authorId: people.other.id }, 1)).total).toBe(1);

    // Revisions keep the credit and its switch: restoring the first brings "credit only" back.
    const revisions = (await listRevisions(db(), people.editor, story.id))!;
    const oldest = revisions.reduce((a, b) => (a.number < b.number ? a : b));
    const restored = await restoreRevision(
      db(),
      people.editor,
      story.id,
      oldest.id,
      reverted.ok ? reverted.article.version : 0,
      {
        confirmLive: true,
      },
    );
    expect(restored.ok).toBe(true);
    expect((await page(story.id)).author).toBeNull();
  });

  it('refuses "credit only" without a credit, and a credit over 120 characters', async () => {
    expect(await createArticle(db(), people.wire, { locale: 'en', title: 'No credit', creditOnly: true })).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { bylineCredit: 'required' },
    });
    expect(
      await createArticle(db(), people.wire, { locale: 'en', title: 'Long credit', bylineCredit: 'A'.repeat(121) }),
    ).toEqual({ ok: false, reason: 'invalid', fieldErrors: { bylineCredit: 'too-long' } });
  });

  it('offers recent credits once each, newest first, from stories the person may see', async () => {
    const credits = await listRecentCredits(db(), people.editor);
    expect(credits.slice(0, 2)).toEqual(['World Opinions + Agencies', 'AFP']);
    expect(new Set(credits).size).toBe(credits.length);
    // An author sees the credits of published stories and their own drafts, not others' drafts.
    const created = await createArticle(db(), people.other, {
      locale: 'en',
      title: 'Private draft',
      bylineCredit: 'Secret Partner',
    });
    expect(created.ok).toBe(true);
    expect(await listRecentCredits(db(), people.wire)).not.toContain('Secret Partner');
    expect((await listRecentCredits(db(), people.other))[0]).toBe('Secret Partner');
  });
});
