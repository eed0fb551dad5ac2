import 'server-only';
import { createHash } from 'node:crypto';
import { cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { getArticle, getAuthor, getSection, getTag, lifeUntilNextScheduled } from '../articles';
import { cacheTags } from '../cache-tags';
import { getIdentity } from '../identity';
import type { Identity } from '../identity/identity';
import type { Locale } from '../i18n/config';
import { getFeedMessages } from '../i18n/feeds';
import { fill } from '../i18n/format';
import { absoluteUrl, routes, type FeedOf } from '../routes';
import { readFeedSettings } from '../settings';
import { buildCommentFeed, buildStoryFeed } from './feed-build';
import { listFeedComments, listFeedStories } from './queries';
import { feedPagePath, feedTitle, type NamedFeed } from './subjects';
import type { FeedChannel, FeedFormat } from './types';

/**
 * A written feed with what conditional requests compare against: a hash of its bytes, and when
 * this copy was built. The build time, not the newest item's date, answers If-Modified-Since:
 * an unpublished story or a removed comment changes the feed without any newer item, and a
 * rebuild after such a write is always later than what a reader holds. A rebuild with nothing
 * changed only costs a date-only client one full answer; the ETag stays the same.
 */
export type BuiltFeed = { xml: string; etag: string; lastModified: string };

const EPOCH = new Date(0);

function latest(dates: Date[]): Date {
  return dates.reduce((max, d) => (d > max ? d : max), EPOCH);
}

function channelFor(
  identity: Identity,
  locale: Locale,
  feed: NamedFeed,
  of: FeedOf,
  updated: Date,
  description?: string,
): FeedChannel {
  return {
    locale,
    title: feedTitle(locale, feed, identity.name[locale]),
    description: description || identity.tagline[locale] || identity.name[locale],
    path: feedPagePath(locale, of),
    self: { rss: routes.feed(locale, of), atom: routes.feed(locale, of, 'atom') },
    updated,
  };
}

function done(xml: string): BuiltFeed {
  const etag = `"${createHash('sha256').update(xml).digest('base64url').slice(0, 32)}"`;
  return { xml, etag, lastModified: new Date().toISOString() };
}

/**
 * A feed in `format`, or null when its section, tag, author or story is unknown to readers (or
 * lists nothing visible, as its page would not exist). Cached like the pages: a publish,
 * unpublish, approved comment, rename or settings change expires it (the tags below).
 */
export async function getFeed(locale: Locale, of: FeedOf, format: FeedFormat): Promise<BuiltFeed | null> {
  'use cache';
  cacheTag(cacheTags.stories(locale), cacheTags.settings, cacheTags.authors);
  await lifeUntilNextScheduled(locale);
  const db = getDb();
  const identity = await getIdentity();
  const base = absoluteUrl('/');

  if (of.kind === 'article' || of.kind === 'comments') {
    let named: NamedFeed = { kind: 'comments' };
    let scope: { locale: Locale } | { articleId: number } = { locale };
    if (of.kind === 'article') {
      const article = await getArticle(locale, of.slug);
      if (!article) return null;
      cacheTag(cacheTags.article(article.id), cacheTags.comments(article.id), cacheTags.articleSlug(locale, of.slug));
      named = { kind: 'article', slug: article.slug, title: article.title };
      scope = { articleId: article.id };
    }
    const comments = await listFeedComments(db, scope);
    const f = getFeedMessages(locale);
    const updated = latest(comments.map((c) => c.updatedAt));
    const xml = buildCommentFeed(channelFor(identity, locale, named, of, updated), comments, {
      format,
      base,
      itemTitle: (c) => fill(f.commentItem, { name: c.name, title: c.article.title }),
    });
    return done(xml);
  }

  let named: NamedFeed = { kind: 'site' };
  let description: string | undefined;
  let filter = {};
  if (of.kind === 'section') {
    const section = await getSection(locale, of.slug);
    if (!section) return null;
    cacheTag(cacheTags.sections, cacheTags.section(section.id));
    named = { kind: 'section', slug: section.slug, name: section.name };
    description = section.description;
    filter = { sectionId: section.id };
  } else if (of.kind === 'tag') {
    const tag = await getTag(locale, of.slug);
    if (!tag) return null;
    cacheTag(cacheTags.tags(locale), cacheTags.tag(tag.id));
    named = { kind: 'tag', slug: tag.slug, name: tag.name };
    filter = { tagId: tag.id };
  } else if (of.kind === 'author') {
    const author = await getAuthor(locale, of.slug);
    if (!author) return null;
    cacheTag(cacheTags.author(author.id));
    named = { kind: 'author', slug: author.slug, name: author.name };
    description = author.bio[locale];
    filter = { authorId: author.id };
  }
  const [stories, settings] = await Promise.all([listFeedStories(db, locale, filter), readFeedSettings(db)]);
  // A section, tag or author with nothing visible has no page, so no feed either.
  if (of.kind !== 'site' && stories.length === 0) return null;
  const updated = latest(stories.map((s) => s.updatedAt));
  const xml = buildStoryFeed(channelFor(identity, locale, named, of, updated, description), stories, {
    format,
    content: settings.content,
    base,
  });
  return done(xml);
}
