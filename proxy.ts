import { NextResponse, type NextRequest } from 'next/server';
import { defaultLocale, isLocale, negotiateLocale } from '@/lib/i18n/config';

/**
 * Reader URL hygiene only (no database, no auth decisions):
 * - `/` goes to the reader's language;
 * - a path without a locale gets one (`/politics` → `/en/politics`, a 404 there if unknown);
 * - a malformed percent-escape is answered as a localized 404 instead of a 500.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const preferred = () => negotiateLocale(request.headers.get('accept-language'), defaultLocale());

  try {
    decodeURIComponent(pathname);
  } catch {
    const url = request.nextUrl.clone();
    const first = pathname.split('/')[1];
    url.pathname = `/${isLocale(first) ? first : preferred()}/not-found`;
    return NextResponse.rewrite(url);
  }

  if (pathname === '/') {
    const url = request.nextUrl.clone();
    url.pathname = `/${preferred()}`;
    const response = NextResponse.redirect(url, 307);
    response.headers.set('vary', 'accept-language');
    return response;
  }

  const first = pathname.split('/')[1] ?? '';
  if (!isLocale(first)) {
    const url = request.nextUrl.clone();
    url.pathname = `/${preferred()}${pathname}`;
    return NextResponse.redirect(url, 307);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/((?!_next/|media/|admin|api/|favicon\\.ico|robots\\.txt|sitemap\\.xml|icon|apple-icon).*)'],
};
