import { NextResponse, type NextRequest } from 'next/server';
import { adminGate } from '@/lib/auth/admin-gate';
import { defaultLocale, isLocale, negotiateLocale, type Locale } from '@/lib/i18n/config';
import { readerPathExists, type ReaderKind } from '@/lib/reader-index';
import { unavailableDocument, unavailableResponseInit } from '@/lib/unavailable-document';
import { normalizeSlugParam, parsePageParam } from '@/lib/slug';

/**
 * Admin: signed-out visitors are redirected to the login page and staff without the page's
 * permission get a 403 document, both before rendering so the status is real (pages and
 * actions still check for themselves; this is never the only check).
 *
 * Reader URL hygiene:
 * - `/` goes to the reader's language; a path without a locale gets one;
 * - URLs that match no reader page, malformed escapes and unknown slugs are answered with the
 *   localized 404 document (app/not-found-document), which reads without JavaScript.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const preferred = () => negotiateLocale(request.headers.get('accept-language'), defaultLocale());
  const segments = pathname.split('/').slice(1);
  const first = segments[0] ?? '';

  if (first === 'admin') {
    // With the database away an admin page would fail after its shell was sent (status 200):
    // answer the localized apology here with a real 503.
    const gate = await databaseOptional<NextResponse | null | 'unavailable'>(() => adminGate(request), 'unavailable');
    if (gate === 'unavailable') return new NextResponse(request.method === 'HEAD' ? null : unavailableDocument(preferred()), unavailableResponseInit());
    return gate ?? NextResponse.next();
  }
  if (pathname === '/') {
    const url = request.nextUrl.clone();
    url.pathname = `/${preferred()}`;
    const response = NextResponse.redirect(url, 307);
    response.headers.set('vary', 'accept-language');
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
  if (rest.length === 0) return NextResponse.next();
  const [kind, rawSlug, pageWord, rawPage] = rest;
  // Staff preview of any article by id. The page checks who is asking; here a visitor without
  // any session cookie is only sent to sign in with a real redirect (the page's own redirect
  // comes after its static shell, so it needs JavaScript).
  if (kind === 'preview') {
    if (rest.length !== 2 || !/^[1-9][0-9]{0,9}$/.test(rawSlug ?? '')) return notFound(request, locale);
    if (request.cookies.getAll().some((c) => /^(__Secure-)?maydan\.session/.test(c.name))) return NextResponse.next();
    const url = request.nextUrl.clone();
    url.pathname = '/admin/login';
    url.search = `?from=${encodeURIComponent(`/admin/articles/${rawSlug}`)}`;
    return NextResponse.redirect(url, 307);
  }
  const listing = kind === 'section' || kind === 'tag' || kind === 'author';
  const shapeOk =
    (kind === 'article' && (rest.length === 2 || (rest.length === 3 && pageWord === 'comment'))) ||
    (listing && (rest.length === 2 || (rest.length === 4 && pageWord === 'page' && (parsePageParam(rawPage ?? '') ?? 0) >= 2)));
  const slug = normalizeSlugParam(rawSlug ?? '');
  if (!shapeOk || !slug) return notFound(request, locale);
  // With the database away, cached pages must still be served: the page decides (a cached
  // page answers, an uncached one shows the error page).
  if (!(await databaseOptional(() => readerPathExists(kind as ReaderKind, locale, slug), true))) return notFound(request, locale);
  return NextResponse.next();
}

async function databaseOptional<T>(check: () => Promise<T>, whenUnavailable: T): Promise<T> {
  try {
    return await check();
  } catch (error) {
    console.error('[proxy] database check failed, passing the request on:', error instanceof Error ? error.message : error);
    return whenUnavailable;
  }
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
  matcher: ['/((?!_next/|media/|api/|not-found-document/|favicon\\.ico|robots\\.txt|sitemap\\.xml|icon|apple-icon).*)'],
};
