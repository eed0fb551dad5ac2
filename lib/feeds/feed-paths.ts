// Pure (the proxy imports it): which URLs are feeds, today's and WordPress's.
import { isLocale, type Locale } from '../i18n/config';
import type { FeedOf } from '../routes';
import type { FeedFormat } from './types';

export type FeedTarget = { of: FeedOf; format: FeedFormat };

const slugKinds = ['section', 'tag', 'author', 'article'] as const;

/**
 * A feed URL's segments after the locale (`['section', 'x', 'feed', 'atom']`), or null for
 * any other URL. The slug is as it arrived (still percent-encoded).
 */
export function parseFeedPath(rest: string[]): FeedTarget | null {
  const at = rest.indexOf('feed');
  if (at < 0) return null;
  const tail = rest.slice(at + 1);
  if (tail.length > 1 || (tail.length === 1 && tail[0] !== 'atom')) return null;
  const format: FeedFormat = tail.length ? 'atom' : 'rss';
  const head = rest.slice(0, at);
  if (head.length === 0) return { of: { kind: 'site' }, format };
  if (head.length === 1 && head[0] === 'comments') return { of: { kind: 'comments' }, format };
  const [kind, slug] = head;
  if (head.length === 2 && slug && (slugKinds as readonly string[]).includes(kind ?? ''))
    return { of: { kind: kind as (typeof slugKinds)[number], slug }, format };
  return null;
}

/** WordPress's names for the feed formats (`/feed/rss2/`, `?feed=atom`). */
const legacyFormats: Record<string, FeedFormat> = { '': 'rss', rss: 'rss', rss2: 'rss', rdf: 'rss', atom: 'atom' };

const legacyKinds: Record<string, 'section' | 'tag' | 'author'> = { category: 'section', tag: 'tag', author: 'author' };

/**
 * An old WordPress feed URL and the feed that replaces it, or null. The locale is the one in
 * the URL (a multilingual WordPress puts it first), else undefined: the proxy picks it.
 *
 * `/feed/`, `/feed/atom/`, `/comments/feed/`, `/category/x/feed/` (nested categories: the last
 * one), `/tag/x/feed/`, `/author/x/feed/`, each with an optional locale first, and
 * `/?feed=rss2` (`atom`, `comments-rss2`, `comments-atom`).
 */
export function legacyFeedTarget(
  pathname: string,
  search: URLSearchParams,
): (FeedTarget & { locale: Locale | undefined }) | null {
  let segments = pathname.split('/').filter(Boolean);
  let locale: Locale | undefined;
  if (segments[0] && isLocale(segments[0])) {
    locale = segments[0];
    segments = segments.slice(1);
  }
  const query = search.get('feed');
  if (segments.length === 0 && query !== null) {
    const comments = query.startsWith('comments-');
    const format = legacyFormats[comments ? query.slice('comments-'.length) : query];
    if (!format) return null;
    return { of: { kind: comments ? 'comments' : 'site' }, format, locale };
  }
  const at = segments.lastIndexOf('feed');
  if (at < 0) return null;
  const tail = segments.slice(at + 1);
  const format = legacyFormats[tail[0] ?? ''];
  if (tail.length > 1 || !format) return null;
  const head = segments.slice(0, at);
  // With a locale, `/{locale}/feed` and `/{locale}/feed/atom` are today's URLs, not old ones.
  if (head.length === 0)
    return locale && (tail.length === 0 || tail[0] === 'atom') ? null : { of: { kind: 'site' }, format, locale };
  if (head.length === 1 && head[0] === 'comments') {
    return locale && (tail.length === 0 || tail[0] === 'atom') ? null : { of: { kind: 'comments' }, format, locale };
  }
  const kind = legacyKinds[head[0] ?? ''];
  const slug = head[head.length - 1];
  if (!kind || !slug || head.length < 2 || (kind !== 'section' && head.length !== 2)) return null;
  if (locale && kind !== 'section' && (tail.length === 0 || tail[0] === 'atom')) return null;
  return { of: { kind, slug }, format, locale };
}
