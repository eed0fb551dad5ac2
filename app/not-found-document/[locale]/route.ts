import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { notFoundDocument } from '@/lib/not-found-document';

/** Target of proxy.ts rewrites for reader URLs that do not exist: a real 404 with a body. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return new Response(notFoundDocument(isLocale(locale) ? locale : defaultLocale()), {
    status: 404,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-robots-tag': 'noindex',
    },
  });
}
