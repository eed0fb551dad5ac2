import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { loadArticlePage } from '@/lib/articles/article-page';
import { listArticlesForAdmin } from '@/lib/articles/list';
import { getHome, listStories } from '@/lib/articles/queries';
import { createArticle, updateArticle } from '@/lib/articles/save';
import { transitionArticle } from '@/lib/articles/workflow';
import type { Actor } from '@/lib/auth/actor';
import { listFeedStories } from '@/lib/feeds/queries';
import { addMenuItem, getMenusForAdmin, moveMenuItem, removeMenuItem } from '@/lib/menus';
import { loadMenu } from '@/lib/menus/queries';
import { MAX_MENU_ITEMS } from '@/lib/menus/kinds';
import { loadStaticPage } from '@/lib/pages/queries';
import { createReaderIndex } from '@/lib/reader-index';
import { searchArticles } from '@/lib/search/search';
import { plainSearch } from '@/lib/search/params';
import { buildSitemap, type ChunksOf } from '@/lib/sitemaps/build';
import { listSitemapChunks } from '@/lib/sitemaps/queries';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const people = {} as Record<'editor' | 'author', Actor>;
const db = () => database.db;
let sectionId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  const rows = await db()
    .insert(schema.users)
    .values([
      { email: 'editor@pages.example', name: 'Pages Editor', slug: 'pages-editor', role: 'editor' as const },
      { email: 'author@pages.example', name: 'Pages Author', slug: 'pages-author', role: 'author' as const },
    ])
    .returning({ id: schema.users.id, role: schema.users.role });
  people.editor = { id: rows[0]!.id, role: rows[0]!.role };
  people.author = { id: rows[1]!.id, role: rows[1]!.role };
  const [section] = await db().insert(schema.sections).values({ position: 1 }).returning({ id: schema.sections.id });
  sectionId = section!.id;
  await db()
    .insert(schema.sectionTranslations)
    .values([
      { sectionId, locale: 'en', name: 'Politics', slug: 'politics' },
      { sectionId, locale: 'fr', name: 'Politique', slug: 'politique' },
    ]);
});

afterAll(async () => {
  await database?.dispose();
});

async function make(input: Record<string, unknown>, publish = true) {
  const created = await createArticle(db(), people.editor, { body: '<p>Our newsroom, unaudited.</p>', ...input });
  if (!created.ok) throw new Error(JSON.stringify(created));
  if (!publish) return created.article;
  const live = await transitionArticle(db(), people.editor, created.article.id, 'publish');
  if (!live.ok) throw new Error(JSON.stringify(live));
  return live.article;
}

const chunksOf: ChunksOf = (locale, kind) => listSitemapChunks(db(), locale, kind, 10_000);

describe(`static pages (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('a page is written like a story, lives at its own address and is in no list, feed or search', async () => {
    const story = await make({ locale: 'en', title: 'Budget vote delayed', sectionId, tags: 'budget' });
    const page = await make({
      locale: 'en',
      kind: 'page',
      title: 'About the newsroom',
      slug: 'about',
      dek: 'Who we are',
      // A page keeps none of what only stories have, whatever the form sends.
      sectionId,
      tags: 'budget',
      bylineCredit: 'AFP',
      commentsOpen: true,
      relatedIds: [story.id],
    });
    expect(page).toMatchObject({
      kind: 'page',
      slug: 'about',
      sectionId: null,
      tags: [],
      bylineCredit: '',
      commentsOpen: false,
      relatedIds: [],
    });

    const loaded = await loadStaticPage(db(), { readers: true, locale: 'en', slug: 'about' });
    expect(loaded?.page).toMatchObject({ title: 'About the newsroom', dek: 'Who we are', translations: [] });
    // The story loader does not open a page, nor the page loader a story.
    expect(await loadArticlePage(db(), { readers: true, locale: 'en', slug: 'about' })).toBeNull();
    expect(await loadStaticPage(db(), { readers: true, locale: 'en', slug: story.slug })).toBeNull();

    const home = await getHome(db(), 'en');
    const listed = [home.lead, ...home.latest].map((c) => c?.id);
    expect(listed).toContain(story.id);
    expect(listed).not.toContain(page.id);
    expect((await listStories(db(), 'en', { authorId: people.editor.id }, 1)).items.map((c) => c.id)).not.toContain(
      page.id,
    );
    expect((await listFeedStories(db(), 'en', {})).map((s) => s.id)).not.toContain(page.id);
    const found = await searchArticles(db(), plainSearch('en', 'newsroom'), { timeZone: 'UTC' });
    expect(found.items.map((r) => r.id)).toContain(story.id);
    expect(found.items.map((r) => r.id)).not.toContain(page.id);

    // The newsroom lists pages apart from stories.
    const dashboard = await listArticlesForAdmin(db(), people.editor, {});
    expect(dashboard.items.map((i) => i.id)).not.toContain(page.id);
    const pages = await listArticlesForAdmin(db(), people.editor, { kind: 'page' });
    expect(pages.items.map((i) => i.id)).toEqual([page.id]);
  });

  it('only editors and admins make pages; a page may not take a reader route’s name or translate a story', async () => {
    const refused = await createArticle(db(), people.author, { locale: 'en', kind: 'page', title: 'My page' });
    expect(refused).toEqual({ ok: false, reason: 'forbidden' });
    const reserved = await createArticle(db(), people.editor, {
      locale: 'fr',
      kind: 'page',
      title: 'Recherche',
      slug: 'search',
    });
    expect(reserved).toMatchObject({ ok: false, reason: 'invalid', fieldErrors: { slug: 'taken' } });
    // A story may take that slug: its address is /fr/article/search.
    await expect(
      createArticle(db(), people.editor, { locale: 'fr', title: 'Recherche', slug: 'search' }),
    ).resolves.toMatchObject({ ok: true });

    const story = await make({ locale: 'en', title: 'Harbour reopens' });
    const crossKind = await createArticle(db(), people.editor, {
      locale: 'fr',
      kind: 'page',
      title: 'Port',
      translationOf: story.id,
    });
    expect(crossKind).toMatchObject({ ok: false, fieldErrors: { translationOf: 'invalid' } });
  });

  it('translations link pages; the kind of a saved page never changes; a page is not visible until published', async () => {
    const en = await make({ locale: 'en', kind: 'page', title: 'Corrections policy', slug: 'corrections-policy' });
    const fr = await make(
      {
        locale: 'fr',
        kind: 'page',
        title: 'Politique de correction',
        slug: 'politique-de-correction',
        translationOf: en.id,
      },
      false,
    );
    expect(fr.translationGroupId).toBe(en.translationGroupId);
    // A draft translation is not offered to readers yet.
    expect(
      (await loadStaticPage(db(), { readers: true, locale: 'en', slug: 'corrections-policy' }))?.page.translations,
    ).toEqual([]);
    expect(await loadStaticPage(db(), { readers: true, locale: 'fr', slug: 'politique-de-correction' })).toBeNull();
    // Staff preview it by id.
    expect((await loadStaticPage(db(), { readers: false, actor: people.editor, id: fr.id }))?.status).toBe('draft');

    const saved = await updateArticle(db(), people.editor, fr.id, fr.version, {
      locale: 'fr',
      kind: 'story',
      title: 'Politique de correction',
      slug: 'politique-de-correction',
      sectionId,
    });
    expect(saved).toMatchObject({ ok: true, article: { kind: 'page', sectionId: null } });
    // A page edit expires what shows pages, not the home page's lists.
    if (saved.ok) {
      expect(saved.invalidate).toContain('pages:fr');
      expect(saved.invalidate).not.toContain('home:fr');
    }
    await transitionArticle(db(), people.editor, fr.id, 'publish');
    expect(
      (await loadStaticPage(db(), { readers: true, locale: 'en', slug: 'corrections-policy' }))?.page.translations,
    ).toEqual([{ locale: 'fr', slug: 'politique-de-correction', title: 'Politique de correction' }]);
  });

  it('the URL index knows pages apart from stories, and the sitemap lists them with their translations', async () => {
    const index = createReaderIndex({ db: db });
    expect(await index.exists('page', 'en', 'about')).toBe(true);
    expect(await index.exists('article', 'en', 'about')).toBe(false);
    expect(await index.exists('page', 'en', 'budget-vote-delayed')).toBe(false);
    expect(await index.exists('page', 'fr', 'politique-de-correction')).toBe(true);

    const xml = (await buildSitemap(db(), { locale: 'fr', kind: 'pages', page: 1 }, chunksOf, 'en'))!;
    expect(xml).toContain('/fr/politique-de-correction</loc>');
    expect(xml).toContain('hreflang="en" href="http://localhost:3000/en/corrections-policy"');
    const articlesXml = (await buildSitemap(db(), { locale: 'en', kind: 'articles', page: 1 }, chunksOf, 'en'))!;
    expect(articlesXml).not.toContain('/about<');
    expect(articlesXml).not.toContain('/article/about<');
  });
});

describe(`menus (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('links pages, sections, tags and addresses in the order editors set; readers see only what they can open', async () => {
    const draft = await make({ locale: 'en', kind: 'page', title: 'Contact', slug: 'contact' }, false);
    const about = await loadStaticPage(db(), { readers: true, locale: 'en', slug: 'about' });
    const add = (input: Record<string, unknown>) =>
      addMenuItem(db(), people.editor, { locale: 'en', menu: 'footer', ...input });

    expect(await add({ target: 'page', pageId: about!.page.id })).toEqual({ ok: true, invalidate: ['menus:en'] });
    expect(await add({ target: 'page', pageId: draft.id, label: 'Write to us' })).toMatchObject({ ok: true });
    expect(await add({ target: 'section', sectionId })).toMatchObject({ ok: true });
    expect(await add({ target: 'tag', tag: 'Budget' })).toMatchObject({ ok: true });
    expect(await add({ target: 'link', url: 'https://example.org/donate', label: 'Support us' })).toMatchObject({
      ok: true,
    });

    let links = await loadMenu(db(), 'en', 'footer');
    // The draft page waits, hidden; the others in order, each under its own name unless relabelled.
    expect(links.map((l) => [l.label, l.href, l.external])).toEqual([
      ['About the newsroom', '/en/about', false],
      ['Politics', '/en/section/politics', false],
      ['budget', '/en/tag/budget', false],
      ['Support us', 'https://example.org/donate', true],
    ]);
    expect(await loadMenu(db(), 'en', 'header')).toEqual([]);
    expect(await loadMenu(db(), 'fr', 'footer')).toEqual([]);

    await transitionArticle(db(), people.editor, draft.id, 'publish');
    links = await loadMenu(db(), 'en', 'footer');
    expect(links[1]).toMatchObject({ label: 'Write to us', href: '/en/contact' });

    const admin = (await getMenusForAdmin(db(), people.editor, 'en'))!;
    const footer = admin.entries.filter((e) => e.menu === 'footer');
    expect(footer.map((e) => e.online)).toEqual([true, true, true, true, true]);
    expect(admin.choices.pages.map((p) => p.title)).toEqual(
      expect.arrayContaining(['About the newsroom', 'Contact', 'Corrections policy']),
    );

    // Reorder from the keyboard's buttons: the address moves up twice, the first link down once.
    const link = footer[4]!.id;
    await moveMenuItem(db(), people.editor, link, 'up');
    await moveMenuItem(db(), people.editor, link, 'up');
    await moveMenuItem(db(), people.editor, footer[0]!.id, 'down');
    // At an end nothing moves.
    await moveMenuItem(db(), people.editor, footer[1]!.id, 'up');
    await moveMenuItem(db(), people.editor, footer[3]!.id, 'down');
    expect((await loadMenu(db(), 'en', 'footer')).map((l) => l.label)).toEqual([
      'Write to us',
      'About the newsroom',
      'Support us',
      'Politics',
      'budget',
    ]);
    expect(await removeMenuItem(db(), people.editor, link)).toEqual({ ok: true, invalidate: ['menus:en'] });
    expect(await removeMenuItem(db(), people.editor, link)).toEqual({ ok: false, reason: 'not-found' });
    expect((await loadMenu(db(), 'en', 'footer')).map((l) => l.label)).not.toContain('Support us');

    // A page in the trash leaves the menu for readers.
    await transitionArticle(db(), people.editor, draft.id, 'trash', { confirmLive: true });
    expect((await loadMenu(db(), 'en', 'footer')).map((l) => l.label)).not.toContain('Write to us');
  });

  it('refuses what cannot be a menu link, next to the field, and people without the right', async () => {
    const add = (input: Record<string, unknown>) =>
      addMenuItem(db(), people.editor, { locale: 'fr', menu: 'header', ...input });
    expect(await add({ target: 'section' })).toMatchObject({ fieldErrors: { sectionId: 'required' } });
    expect(await add({ target: 'page' })).toMatchObject({ fieldErrors: { pageId: 'required' } });
    expect(await add({ target: 'tag', tag: 'nowhere' })).toMatchObject({ fieldErrors: { tag: 'not-found' } });
    expect(await add({ target: 'link', url: 'https://example.org' })).toMatchObject({
      fieldErrors: { label: 'required' },
    });
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '//evil.example/x', 'example.org'])
      expect(await add({ target: 'link', url, label: 'x' }), url).toMatchObject({
        fieldErrors: { url: 'invalid-url' },
      });
    expect(await add({ target: 'link', url: 'https://example.org', label: 'x'.repeat(61) })).toMatchObject({
      fieldErrors: { label: 'too-long' },
    });
    // A page of another language, or a story, is not a page of this menu.
    const about = await loadStaticPage(db(), { readers: true, locale: 'en', slug: 'about' });
    expect(await add({ target: 'page', pageId: about!.page.id })).toMatchObject({
      fieldErrors: { pageId: 'not-found' },
    });
    expect(await add({ target: 'menu' as never })).toMatchObject({ reason: 'invalid' });

    expect(
      await addMenuItem(db(), people.author, { locale: 'fr', menu: 'header', target: 'section', sectionId }),
    ).toEqual({ ok: false, reason: 'forbidden' });
    expect(await getMenusForAdmin(db(), people.author, 'fr')).toBeNull();

    for (let i = 0; i < MAX_MENU_ITEMS; i += 1)
      expect(await add({ target: 'link', url: `/fr/search?q=${i}`, label: `Lien ${i}` })).toMatchObject({ ok: true });
    expect(await add({ target: 'section', sectionId })).toMatchObject({ fieldErrors: { menu: 'full' } });
    // Paths on this site are our own links.
    expect((await loadMenu(db(), 'fr', 'header'))[0]).toMatchObject({ href: '/fr/search?q=0', external: false });
  });
});
