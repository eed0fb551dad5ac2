import { NextResponse, type NextRequest } from 'next/server';
import { defaultLocale, isLocale, negotiateLocale, type Locale } from '@/lib/i18n/config';
import { readerPathExists, type ReaderKind } from '@/lib/reader-index';
import { normalizeSlugParam, parsePageParam } from '@/lib/slug';

/**
 * Reader URL hygiene (no auth decisions here):
 * - `/` goes to the reader's language; a path without a locale gets one;
 * - URLs that match no reader page, malformed escapes and unknown slugs are answered with the
 *   localized 404 document (app/not-found-document), which reads without JavaScript.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const preferred = () => negotiateLocale(request.headers.get('accept-language'), defaultLocale());
  const segments = pathname.split('/').slice(1);
  const first = segments[0] ?? '';

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
  // Staff preview of any article by id; the page itself checks who is asking.
  if (kind === 'preview') {
    return rest.length === 2 && /^[1-9][0-9]{0,9}$/.test(rawSlug ?? '') ? NextResponse.next() : notFound(request, locale);
  }
  const listing = kind === 'section' || kind === 'tag' || kind === 'author';
  const shapeOk =
    (kind === 'article' && (rest.length === 2 || (rest.length === 3 && pageWord === 'comment'))) ||
    (listing && (rest.length === 2 || (rest.length === 4 && pageWord === 'page' && (parsePageParam(rawPage ?? '') ?? 0) >= 2)));
  const slug = normalizeSlugParam(rawSlug ?? '');
  if (!shapeOk || !slug) return notFound(request, locale);
  if (!(await readerPathExists(kind as ReaderKind, locale, slug))) return notFound(request, locale);
  return NextResponse.next();
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
  matcher: ['/((?!_next/|media/|admin|api/|not-found-document/|favicon\\.ico|robots\\.txt|sitemap\\.xml|icon|apple-icon).*)'],
};
