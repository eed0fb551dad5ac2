import { parseFeed } from '@rowanmanning/feed-parser';
import type { APIRequestContext, Page } from '@playwright/test';
import { getLiveMessages } from '../lib/i18n/admin-live';
import { getFeedMessages } from '../lib/i18n/feeds';
import { blns, postComment, vector } from './moderation-helpers';
import { EditorPage } from './support/pages/editor-page';
import { ARTICLE } from './support/pages/article-page';
import { CommentQueuePage, QUEUE } from './support/pages/comment-queue-page';
import { expect, test } from './support/test';
import { unique } from './support/unique';

type Feed = ReturnType<typeof parseFeed>;

const RSS = 'application/rss+xml; charset=utf-8';
const ATOM = 'application/atom+xml; charset=utf-8';

type Fetched = { xml: string; feed: Feed; etag: string };

/** Fetches a feed, checks its type, and parses it with a real feed parser. */
async function fetchFeed(request: APIRequestContext, path: string): Promise<Fetched> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toBe(path.endsWith('/atom') ? ATOM : RSS);
  expect(response.headers()['last-modified'], path).toBeTruthy();
  const xml = await response.text();
  return { xml, feed: parseFeed(xml), etag: response.headers().etag! };
}

/** Chromium's XML parser is strict: any well-formedness error yields a <parsererror> document. */
async function expectWellFormed(page: Page, xml: string) {
  const errors = await page.evaluate(
    (text) => new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror').length,
    xml,
  );
  expect(errors).toBe(0);
}

/** Items newest first, as the site lists them. */
function expectNewestFirst(feed: Feed) {
  const dates = feed.items.map((item) => item.published?.getTime() ?? 0);
  expect(dates.every((d) => d > 0)).toBe(true);
  expect([...dates].sort((a, b) => b - a)).toEqual(dates);
}

const path = (url: string) => new URL(url).pathname;

test.describe('feeds', () => {
  test('every feed kind in Arabic and English parses, lists what readers see newest first, and its links open', async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    await page.goto('/en/not-a-page-just-a-blank-document');
    const itemLinks = new Set<string>();
    for (const locale of ['ar', 'en'] as const) {
      // Both formats list the same stories (fetched again if another test published in between).
      let site!: Fetched;
      let atom!: Fetched;
      await expect(async () => {
        site = await fetchFeed(request, `/${locale}/feed`);
        atom = await fetchFeed(request, `/${locale}/feed/atom`);
        expect(atom.feed.items.map((i) => i.url)).toEqual(site.feed.items.map((i) => i.url));
      }).toPass();
      for (const fetched of [site, atom]) {
        await expectWellFormed(page, fetched.xml);
        expect(fetched.feed.language).toBe(locale);
        expect(fetched.feed.items.length).toBeGreaterThan(5);
        expect(fetched.feed.items.length).toBeLessThanOrEqual(30);
        expectNewestFirst(fetched.feed);
      }
      expect(site.xml).toContain(`<atom:link href="${new URL(`/${locale}/feed`, page.url()).href}" rel="self"`);
      expect(site.xml).toMatch(/<lastBuildDate>[^<]+ GMT<\/lastBuildDate>/);
      expect(site.xml).toMatch(/<dc:creator>[^<]+<\/dc:creator>/);
      for (const item of site.feed.items) {
        expect(path(item.url!)).toMatch(new RegExp(`^/${locale}/article/`));
        itemLinks.add(item.url!);
      }
      // Images: absolute, and the featured one as an enclosure.
      const illustrated = site.feed.items.find((item) => item.media.length > 0);
      expect(illustrated?.media[0]?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/media\//);
      expect(site.xml).not.toMatch(/(src|href)="\/(?!\/)/);

      // A section, a tag and an author from the site feed: each has its own feeds.
      // (Other tests publish stories without a section or with a credit alone: the first one that has each.)
      const section = atom.feed.items
        .flatMap((item) => item.categories)
        .find((c) => c.url && path(c.url).startsWith(`/${locale}/section/`))!;
      const tag = atom.feed.items
        .flatMap((item) => item.categories)
        .find((c) => c.url && path(c.url).startsWith(`/${locale}/tag/`))!;
      const author = atom.feed.items.flatMap((item) => item.authors).find((a) => a.url)!;
      expect(path(author.url!)).toMatch(new RegExp(`^/${locale}/author/`));
      for (const [page_, name] of [
        [section.url!, section.label],
        [tag.url!, tag.label],
        [author.url!, author.name],
      ] as const) {
        for (const suffix of ['/feed', '/feed/atom']) {
          const scoped = await fetchFeed(request, `${path(page_)}${suffix}`);
          await expectWellFormed(page, scoped.xml);
          expect(scoped.feed.title).toContain(name!);
          expect(scoped.feed.items.length).toBeGreaterThan(0);
          expectNewestFirst(scoped.feed);
          for (const item of scoped.feed.items) {
            itemLinks.add(item.url!);
            if (page_ === author.url) expect(item.authors.map((a) => a.name)).toContain(name);
            else expect(item.categories.map((c) => c.label)).toContain(name);
          }
        }
      }

      // Comments: the language's, and one story's.
      const comments = await fetchFeed(request, `/${locale}/comments/feed`);
      const commentsAtom = await fetchFeed(request, `/${locale}/comments/feed/atom`);
      await expectWellFormed(page, comments.xml);
      await expectWellFormed(page, commentsAtom.xml);
      expect(comments.feed.items.length).toBeGreaterThan(0);
      expectNewestFirst(comments.feed);
      const commented = path(comments.feed.items[0]!.url!);
      const ofStory = await fetchFeed(request, `${commented}/feed`);
      await expectWellFormed(page, ofStory.xml);
      expect(ofStory.feed.items.length).toBeGreaterThan(0);
      for (const item of [...comments.feed.items, ...ofStory.feed.items]) {
        expect(item.url).toMatch(/#comment-\d+$/);
        itemLinks.add(item.url!.replace(/#.*/, ''));
      }
      expect(ofStory.feed.items.every((item) => path(item.url!) === commented)).toBe(true);
      // No email anywhere a feed names a person (the approval test below checks a known address).
      for (const xml of [comments.xml, commentsAtom.xml, ofStory.xml])
        expect(xml).not.toMatch(/<email>|<(author|dc:creator)>[^<]*@/);
    }
    for (const link of itemLinks) expect((await request.get(link)).status(), link).toBe(200);
  });

  test('unknown sections, tags, authors and stories have no feed', async ({ request }) => {
    for (const url of [
      '/en/section/no-such-section/feed',
      '/ar/tag/no-such-tag/feed/atom',
      '/en/author/no-such-author/feed',
      '/ar/article/no-such-story/feed',
      '/en/feed/rss3',
      '/en/section/%E0%A4%A/feed',
    ])
      expect((await request.get(url)).status(), url).toBe(404);
  });

  test('a published story with a hostile headline is in the feeds at once, escaped, and gone once unpublished; conditional GET answers 304', async ({
    page,
    request,
    signIn,
  }) => {
    const id = unique();
    const title = `${blns((s) => s === '<script>alert(123)</script>')} ${vector(37).slice(0, 60)} & ]]> « l’été » الميزانية ${id}`;
    // Asked again with what it got, a reader hears "not modified" (asked afresh should another
    // test change the feed in between).
    let etag = '';
    await expect(async () => {
      const before = await request.get('/en/feed');
      etag = before.headers().etag!;
      const lastModified = before.headers()['last-modified']!;
      const byTag = await request.get('/en/feed', { headers: { 'if-none-match': etag } });
      expect(byTag.status()).toBe(304);
      expect(await byTag.text()).toBe('');
      expect((await request.get('/en/feed', { headers: { 'if-modified-since': lastModified } })).status()).toBe(304);
    }).toPass();

    await signIn(page, 'editor', '/admin/articles/new');
    const editor = new EditorPage(page);
    await editor.ready();
    await editor.form.getByLabel('Language').selectOption('en');
    await editor.fillTitle(title);
    await editor.form.getByLabel('Slug (web address)').fill(`feed-story-${id}`);
    await editor.typeBody('A paragraph for the feeds.');
    await editor.saveDraft();
    await expect(page).toHaveURL(/\/admin\/articles\/\d+\?notice=saved$/);
    await editor.publish();

    const after = await request.get('/en/feed', { headers: { 'if-none-match': etag } });
    expect(after.status()).toBe(200);
    const xml = await after.text();
    await expectWellFormed(page, xml);
    expect(xml).not.toContain('<script>alert(123)</script>');
    for (const suffix of ['', '/atom']) {
      const { feed, xml: text } = await fetchFeed(request, `/en/feed${suffix}`);
      await expectWellFormed(page, text);
      // Other tests may publish meanwhile: the story is found by its link, among the newest.
      const item = feed.items.find((i) => path(i.url!) === `/en/article/feed-story-${id}`);
      expect(item?.title).toBe(title);
      expect(feed.items.indexOf(item!)).toBeLessThan(5);
    }
    const own = await fetchFeed(request, `/en/article/feed-story-${id}/feed`);
    expect(own.feed.items).toEqual([]);
    expect(own.feed.title).toContain(title);

    // Unpublished: gone from the feed at once, and its comment feed with it.
    const live = getLiveMessages('en');
    await editor.form.getByRole('button', { name: editor.t.workflow.unpublish, exact: true }).click();
    await page
      .getByRole('dialog', { name: live.confirm.unpublish.title })
      .getByRole('button', { name: live.confirm.unpublish.action })
      .click();
    await expect(page.getByText(editor.t.workflow.done.unpublish)).toBeVisible();
    for (const suffix of ['', '/atom']) {
      const { feed } = await fetchFeed(request, `/en/feed${suffix}`);
      expect(feed.items.some((i) => path(i.url!) === `/en/article/feed-story-${id}`)).toBe(false);
    }
    expect((await request.get(`/en/article/feed-story-${id}/feed`)).status()).toBe(404);
  });

  test('an approved comment shows in the comment feeds at once, never with its email', async ({
    browser,
    page,
    request,
    signIn,
  }) => {
    const id = unique();
    const comment = { name: `Feed reader ${id}`, email: `feeds-${id}@private.example`, body: `Feed comment ${id}` };
    await postComment(browser, comment);
    const feeds = [`${ARTICLE}/feed`, `${ARTICLE}/feed/atom`, '/en/comments/feed', '/en/comments/feed/atom'];
    for (const url of feeds) expect((await request.get(url)).ok()).toBe(true);
    for (const url of feeds) expect(await (await request.get(url)).text()).not.toContain(id);

    await signIn(page, 'editor', `${QUEUE}?q=${id}`);
    await new CommentQueuePage(page).approve(comment.body);
    for (const url of feeds) {
      const { feed, xml } = await fetchFeed(request, url);
      await expectWellFormed(page, xml);
      const item = feed.items.find((i) => i.title?.includes(comment.name));
      expect(item, url).toBeDefined();
      expect(item!.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${ARTICLE}#comment-\\d+$`));
      expect(item!.description ?? item!.content).toContain(comment.body);
      expect(xml).not.toContain(comment.email);
      expect(xml).not.toContain('@private.example');
    }
  });

  test('reader pages announce their feeds in <head>', async ({ page, request }) => {
    const announced = async (url: string) => {
      await page.goto(url);
      return page
        .locator(
          'head link[rel="alternate"][type="application/rss+xml"], head link[rel="alternate"][type="application/atom+xml"]',
        )
        .evaluateAll((links) => links.map((l) => ({ href: l.getAttribute('href')!, title: l.getAttribute('title')! })));
    };
    const home = await announced('/ar');
    expect(home).toEqual([
      { href: '/ar/feed', title: 'ميدان' },
      { href: '/ar/feed/atom', title: 'ميدان (Atom)' },
    ]);
    expect(await announced('/en/section/economy')).toEqual([
      { href: '/en/feed', title: 'Maydan' },
      { href: '/en/feed/atom', title: 'Maydan (Atom)' },
      { href: '/en/section/economy/feed', title: 'Maydan: Economy' },
    ]);
    const tagPage = await announced('/en/tag/agriculture');
    expect(tagPage.map((l) => l.href)).toContain('/en/tag/agriculture/feed');
    const article = await announced(ARTICLE);
    expect(article.map((l) => l.href)).toEqual([
      '/en/feed',
      '/en/feed/atom',
      `${ARTICLE}/feed`,
      '/en/section/politics/feed',
    ]);
    expect(article[2]!.title).toMatch(/^Comments on “.+”$/);
    for (const link of [...home, ...article, ...tagPage]) {
      const response = await request.get(link.href);
      expect(response.status(), link.href).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^application\/(rss|atom)\+xml/);
    }
  });

  test('an admin chooses whole stories or standfirsts; the feeds follow at once', async ({ page, request, signIn }) => {
    const t = getFeedMessages('en').admin;
    await signIn(page, 'admin', '/admin/settings');
    const form = page.getByRole('form', { name: t.title });
    const choose = async (label: string) => {
      await form.getByRole('radio', { name: label }).check();
      await form.getByRole('button', { name: t.save }).click();
      await expect(form.getByText(t.saved)).toBeVisible();
    };
    try {
      await choose(t.excerpt);
      const excerpt = await fetchFeed(request, '/en/feed');
      expect(excerpt.xml).not.toContain('<content:encoded>');
      expect(excerpt.feed.items[0]!.description).toBeTruthy();
      await page.reload();
      await expect(form.getByRole('radio', { name: t.excerpt })).toBeChecked();
    } finally {
      await choose(t.full);
    }
    expect((await fetchFeed(request, '/en/feed')).xml).toContain('<content:encoded>');
  });

  test('old WordPress feed URLs redirect permanently to the new feeds', async ({ request }) => {
    const cases: [string, string][] = [
      ['/feed', '/en/feed'],
      ['/feed/', '/en/feed'],
      ['/feed/atom/', '/en/feed/atom'],
      ['/en/feed/', '/en/feed'],
      ['/ar/feed/', '/ar/feed'],
      ['/comments/feed/', '/en/comments/feed'],
      ['/category/economy/feed/', '/en/section/economy/feed'],
      ['/tag/agriculture/feed/', '/en/tag/agriculture/feed'],
      ['/?feed=rss2', '/en/feed'],
      ['/?feed=atom', '/en/feed/atom'],
    ];
    for (const [from, to] of cases) {
      const first = await request.get(from, { maxRedirects: 0, headers: { 'accept-language': 'en' } });
      expect([301, 308], from).toContain(first.status());
      const final = await request.get(from, { headers: { 'accept-language': 'en' } });
      expect(final.status(), from).toBe(200);
      expect(path(final.url()), from).toBe(to);
    }
    // An Arabic reader's old subscription lands on the Arabic feed.
    const arabic = await request.get('/feed/', { headers: { 'accept-language': 'ar' } });
    expect(path(arabic.url())).toBe('/ar/feed');
    expect((await request.get('/category/no-such-category/feed/')).status()).toBe(404);
  });
});
