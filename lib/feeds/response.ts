import 'server-only';
import { isLocale, type Locale } from '../i18n/config';
import type { FeedOf } from '../routes';
import { normalizeSlugParam } from '../slug';
import { feedContentTypes, isNotModified } from './conditional';
import { getFeed } from './index';
import type { FeedFormat } from './types';

/** `[[...format]]`: nothing for RSS, `atom` for Atom; anything else is no feed. */
export function feedFormat(segments: string[] | undefined): FeedFormat | null {
  if (!segments || segments.length === 0) return 'rss';
  return segments.length === 1 && segments[0] === 'atom' ? 'atom' : null;
}

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * A feed route's answer: the cached feed with its validators, 304 when the reader already has
 * it, 404 when the language, subject or format is unknown. `of` without a slug for the
 * language's feeds; the slug arrives percent-encoded and is normalized like the pages'.
 */
export async function feedResponse(
  request: Request,
  params: { locale: string; slug?: string; format?: string[] },
  kind: FeedOf['kind'],
): Promise<Response> {
  const format = feedFormat(params.format);
  if (!isLocale(params.locale) || !format) return notFound();
  const locale: Locale = params.locale;
  let of: FeedOf;
  if (kind === 'site' || kind === 'comments') of = { kind };
  else {
    const slug = normalizeSlugParam(params.slug ?? '');
    if (!slug) return notFound();
    of = { kind, slug };
  }
  const feed = await getFeed(locale, of, format);
  if (!feed) return notFound();
  const lastModified = new Date(feed.lastModified);
  const headers = new Headers({
    etag: feed.etag,
    'last-modified': lastModified.toUTCString(),
    // Readers may keep it, but ask again each time: a publish shows at once.
    'cache-control': 'public, no-cache',
  });
  const conditional = {
    ifNoneMatch: request.headers.get('if-none-match'),
    ifModifiedSince: request.headers.get('if-modified-since'),
  };
  if (isNotModified(conditional, { etag: feed.etag, lastModified }))
    return new Response(null, { status: 304, headers });
  headers.set('content-type', feedContentTypes[format]);
  return new Response(request.method === 'HEAD' ? null : feed.xml, { status: 200, headers });
}
