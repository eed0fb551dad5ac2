import { NextResponse, type NextRequest } from 'next/server';
import { isReservedPageSlug } from '@/lib/articles/kind';
import { adminGate } from '@/lib/auth/admin-gate';
import { legacyFeedTarget, parseFeedPath } from '@/lib/feeds/feed-paths';
import { defaultLocale, isLocale, locales, negotiateLocale, type Locale } from '@/lib/i18n/config';
import { LOCALE_COOKIE, localeCookieOptions, rememberedLocale } from '@/lib/i18n/locale-cookie';
import { readerPathExists, type ReaderKind } from '@/lib/reader-index';
import { routes } from '@/lib/routes';
import { ADMIN_POST_LIMIT, PUBLIC_POST_LIMIT, tooLargeDocument, tooLargeMessage } from '@/lib/request-limits';
import { adminCsp, applySecurityHeaders, newNonce, type HeaderKind } from '@/lib/security-headers';
import { unavailableDocument, unavailableResponseInit } from '@/lib/unavailable-document';
import { parseSitemapPath } from '@/lib/sitemaps/plan';
import { normalizeSlugParam, parsePageParam } from '@/lib/slug';

/**
 * Every answer gets the security headers (lib/security-headers.ts): admin pages and staff
 * previews a per-request nonce CSP, which Next reads from the request's CSP header and puts on
 * its scripts; reader pages, served from the cache, one fixed policy.
 *
 * POSTs (server actions, forms) whose declared length is over what that part of the site needs
 * get a localized 413 page before anything runs (lib/request-limits.ts).
 *
 * Admin: signed-out visitors are redirected to the login page and staff without the page's
 * permission get a 403 document, both before rendering so the status is real (pages and
 * actions still check for themselves; this is never the only check).
 *
 * Reader URL hygiene:
 * - `/` goes to the reader's language: the last one read (the `maydan.locale` cookie, set here
 *   on reader pages), else `Accept-Language`; a path without a locale gets one;
 * - URLs that match no reader page, malformed escapes and unknown slugs are answered with the
 *   localized 404 document (app/not-found-document), which reads without JavaScript.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const first = pathname.split('/')[1] ?? '';
  const staffPage = first === 'admin' || (isLocale(first) && /^\/[a-z]{2}\/preview(\/|$)/.test(pathname));
  const nonce = staffPage ? newNonce() : undefined;
  const response = tooLarge(request, first) ?? (await route(request, nonce));
  applySecurityHeaders(response.headers, headerKind(first, pathname, nonce));
  return response;
}

function headerKind(first: string, pathname: string, nonce: string | undefined): HeaderKind {
  if (nonce) return { kind: 'admin', nonce };
  if (pathname.startsWith('/api/auth/')) return { kind: 'auth' };
  if (
    first === 'api' ||
    first === 'media' ||
    pathname === '/opensearch.xml' ||
    isSitemap(pathname) ||
    LANGUAGE_FILE.test(pathname) ||
    ARTICLE_CARD.test(pathname)
  )
    return { kind: 'resource' };
  return { kind: 'reader' };
}

/** Next's own limit answers a bare 500; this answers first, by the declared length. */
function tooLarge(request: NextRequest, first: string): NextResponse | null {
  if (request.method === 'GET' || request.method === 'HEAD') return null;
  const declared = Number(request.headers.get('content-length'));
  const limit = first === 'admin' ? ADMIN_POST_LIMIT : PUBLIC_POST_LIMIT;
  if (!Number.isFinite(declared) || declared <= limit) return null;
  const locale = isLocale(first) ? first : negotiateLocale(request.headers.get('accept-language'), defaultLocale());
  if (request.headers.has('next-action')) {
    // A server action called by a script: Next's client throws an Error carrying the text of a
    // `text/plain` error answer (exactly that type), so the form can show it as it is.
    return new NextResponse(tooLargeMessage(locale), {
      status: 413,
      headers: { 'content-type': 'text/plain', 'cache-control': 'no-store', connection: 'close' },
    });
  }
  const back = first === 'api' || first === 'media' ? `/${locale}` : request.nextUrl.pathname;
  return new NextResponse(tooLargeDocument(locale, back), {
    status: 413,
    // The client may still be sending: tell it the connection ends here.
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', connection: 'close' },
  });
}

/** Lets the request through; on staff pages Next takes the nonce from the request's CSP header. */
function pass(request: NextRequest, nonce: string | undefined) {
  if (!nonce) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', adminCsp(nonce));
  return NextResponse.next({ request: { headers } });
}

async function route(request: NextRequest, nonce: string | undefined): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/api/') || pathname.startsWith('/media/') || pathname === '/opensearch.xml')
    return NextResponse.next();
  // A language's sitemap files live at the root (`/sitemap-en-articles-1.xml`) and one route,
  // app/sitemaps/[file], serves them; the rewritten request comes through here again.
  if (pathname === routes.newsSitemap || pathname.startsWith('/sitemaps/')) return NextResponse.next();
  if (parseSitemapPath(pathname)) {
    const url = request.nextUrl.clone();
    url.pathname = `/sitemaps${pathname}`;
    return NextResponse.rewrite(url);
  }
  // The root manifest is the default language's (each page links its own language's).
  if (pathname === '/manifest.webmanifest') {
    const url = request.nextUrl.clone();
    url.pathname = routes.manifest(defaultLocale());
    return NextResponse.rewrite(url);
  }
  const preferred = () => negotiateLocale(request.headers.get('accept-language'), defaultLocale());
  const segments = pathname.split('/').slice(1);
  const first = segments[0] ?? '';

  if (first === 'admin') {
    // With the database away an admin page would fail after its shell was sent (status 200):
    // answer the localized apology here with a real 503.
    const gate = await databaseOptional<NextResponse | null | 'unavailable'>(() => adminGate(request), 'unavailable');
    if (gate === 'unavailable')
      return new NextResponse(
        request.method === 'HEAD' ? null : unavailableDocument(preferred()),
        unavailableResponseInit(),
      );
    return gate ?? pass(request, nonce);
  }
  const legacyFeed = await legacyFeedRedirect(request, preferred);
  if (legacyFeed) return legacyFeed;
  if (pathname === '/') {
    const url = request.nextUrl.clone();
    url.pathname = `/${rememberedLocale(request.cookies.get(LOCALE_COOKIE)?.value) ?? preferred()}`;
    const response = NextResponse.redirect(url, 307);
    response.headers.set('vary', 'accept-language, cookie');
    response.headers.set('cache-control', 'private, no-store');
    return response;
  }
  if (!isLocale(first)) {
    if (!isDecodable(pathname)) return notFound(request, preferred());
    const url = request.nextUrl.clone();
    url.pathname = `/${preferred()}${pathname}`;
    return NextResponse.redirect(url, 307);
  }
  const locale = first;
  if (!isDecodable(pathname)) return notFound(request, locale);

  const rest = segments.slice(1).filter((s, i, all) => s !== '' || i < all.length - 1);
  if (rest.length === 0) return remember(request, locale, NextResponse.next());
  if (LANGUAGE_FILE.test(pathname)) return NextResponse.next();
  // Feeds: the language's pass; a section's, tag's, author's or story's exist with their page.
  const feed = parseFeedPath(rest);
  if (feed) {
    if (!('slug' in feed.of)) return NextResponse.next();
    const feedSlug = normalizeSlugParam(feed.of.slug);
    const feedKind = feed.of.kind;
    if (!feedSlug || !(await databaseOptional(() => readerPathExists(feedKind, locale, feedSlug), true)))
      return notFound(request, locale);
    return NextResponse.next();
  }
  const [kind, rawSlug, pageWord, rawPage] = rest;
  // Searches: one page per language, its query in the URL's search part (the page reads it).
  if (kind === 'search') {
    if (rest.length !== 1) return notFound(request, locale);
    return tidySearch(request) ?? remember(request, locale, NextResponse.next());
  }
  // The corrections log: one per language, its later pages at /corrections/page/N (the page
  // answers a 404 past the last one).
  if (kind === 'corrections') {
    const paged = rest.length === 3 && rawSlug === 'page' && (parsePageParam(pageWord ?? '') ?? 0) >= 2;
    if (rest.length !== 1 && !paged) return notFound(request, locale);
    return remember(request, locale, NextResponse.next());
  }
  // Staff preview of any article by id. The page checks who is asking; here a visitor without
  // any session cookie is only sent to sign in with a real redirect (the page's own redirect
  // comes after its static shell, so it needs JavaScript).
  if (kind === 'preview') {
    if (rest.length !== 2 || !/^[1-9][0-9]{0,9}$/.test(rawSlug ?? '')) return notFound(request, locale);
    if (request.cookies.getAll().some((c) => /^(__Secure-)?maydan\.session/.test(c.name))) return pass(request, nonce);
    const url = request.nextUrl.clone();
    url.pathname = '/admin/login';
    url.search = `?from=${encodeURIComponent(`/admin/articles/${rawSlug}`)}`;
    return NextResponse.redirect(url, 307);
  }
  // A static page: `/{locale}/{slug}` where no route owns the segment (lib/articles/kind.ts).
  if (rest.length === 1 && kind && !isReservedPageSlug(kind)) {
    const pageSlug = normalizeSlugParam(kind);
    if (!pageSlug || !(await databaseOptional(() => readerPathExists('page', locale, pageSlug), true)))
      return notFound(request, locale);
    return remember(request, locale, NextResponse.next());
  }
  const listing = kind === 'section' || kind === 'tag' || kind === 'author';
  const shapeOk =
    (kind === 'article' &&
      (rest.length === 2 || (rest.length === 3 && (pageWord === 'comment' || pageWord === 'share.png')))) ||
    (listing &&
      (rest.length === 2 || (rest.length === 4 && pageWord === 'page' && (parsePageParam(rawPage ?? '') ?? 0) >= 2)));
  const slug = normalizeSlugParam(rawSlug ?? '');
  if (!shapeOk || !slug) return notFound(request, locale);
  // With the database away, cached pages must still be served: the page decides (a cached
  // page answers, an uncached one shows the error page).
  if (!(await databaseOptional(() => readerPathExists(kind as ReaderKind, locale, slug), true)))
    return notFound(request, locale);
  // A story's card is an image, not a page the reader chose a language on.
  if (pageWord === 'share.png') return NextResponse.next();
  return remember(request, locale, NextResponse.next());
}

/**
 * Old WordPress feed URLs (`/feed/`, `/category/x/feed/`, `/?feed=rss2`…) answer a permanent
 * redirect to the feed that replaces them, so subscribers keep their subscription. A URL
 * without a locale gets the reader's language, or for a section, tag or author the first
 * language that has one by that slug; an unknown one is a 404.
 */
async function legacyFeedRedirect(request: NextRequest, preferred: () => Locale): Promise<NextResponse | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const target = legacyFeedTarget(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!target) return null;
  let locale = target.locale ?? preferred();
  let of = target.of;
  if ('slug' in of) {
    const slug = normalizeSlugParam(of.slug);
    if (!slug) return notFound(request, locale);
    of = { ...of, slug };
    const kind = of.kind;
    const candidates = target.locale ? [locale] : [locale, ...locales.filter((l) => l !== locale)];
    let found: Locale | undefined;
    for (const candidate of candidates) {
      if (await databaseOptional(() => readerPathExists(kind, candidate, slug), false)) {
        found = candidate;
        break;
      }
    }
    if (!found) return notFound(request, locale);
    locale = found;
  }
  const url = request.nextUrl.clone();
  url.pathname = routes.feed(locale, of, target.format);
  url.search = '';
  return NextResponse.redirect(url, 301);
}

/**
 * Remembers the language of a reader page for `/`. Only when it changes, so most answers carry
 * no Set-Cookie; it is added to this one answer here, after the cached page, never stored with
 * it. Prefetches are not a reader's choice.
 */
function remember(request: NextRequest, locale: Locale, response: NextResponse) {
  if (request.method !== 'GET' || request.headers.has('next-router-prefetch')) return response;
  if (request.cookies.get(LOCALE_COOKIE)?.value === locale) return response;
  response.cookies.set(LOCALE_COOKIE, locale, localeCookieOptions);
  // This one answer is for this reader: a shared cache must not keep it (the cookie with it).
  response.headers.set('cache-control', 'private, no-store');
  return response;
}

/**
 * The search form is a GET form: the filters left at "any" arrive as empty parameters
 * (`&section=&author=`). They are dropped with a redirect, so the URL a reader shares holds only
 * what they chose.
 */
function tidySearch(request: NextRequest): NextResponse | null {
  if (request.method !== 'GET') return null;
  const url = request.nextUrl.clone();
  const kept = [...url.searchParams].filter(([, value]) => value !== '');
  if (kept.length === [...url.searchParams].length) return null;
  url.search = new URLSearchParams(kept).toString();
  return NextResponse.redirect(url, 307);
}

async function databaseOptional<T>(check: () => Promise<T>, whenUnavailable: T): Promise<T> {
  try {
    return await check();
  } catch (error) {
    console.error(
      '[proxy] database check failed, passing the request on:',
      error instanceof Error ? error.message : error,
    );
    return whenUnavailable;
  }
}

/** A language's files that are not pages: its link-preview card and its web app manifest. */
const LANGUAGE_FILE = /^\/[a-z]{2}\/(share\.png|manifest\.webmanifest)$/;
/** A story's link-preview card (its slug is checked like the page's). */
const ARTICLE_CARD = /^\/[a-z]{2}\/article\/[^/]+\/share\.png$/;

/** The news sitemap and a language's sitemap files (the index and robots.txt skip the proxy). */
function isSitemap(pathname: string) {
  return pathname === routes.newsSitemap || pathname.startsWith('/sitemaps/') || parseSitemapPath(pathname) !== null;
}

function isDecodable(pathname: string) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function notFound(request: NextRequest, locale: Locale) {
  const url = request.nextUrl.clone();
  url.pathname = `/not-found-document/${locale}`;
  url.search = '';
  return NextResponse.rewrite(url);
}

export const config = {
  // The upload route is left out: Next buffers the body of every request the proxy sees (up to
  // experimental.proxyClientMaxBodySize), and uploads read theirs as a limited stream instead.
  // Paths left out get the same headers from next.config.js. `brand/` holds static files of
  // public/brand (the default logo of the structured data).
  matcher: [
    '/((?!_next/|api/admin/media|not-found-document/|brand/|favicon\\.ico|robots\\.txt|sitemap\\.xml|icon|apple-icon).*)',
  ],
};
