import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { getIdentity } from '@/lib/identity';
import { notFoundDocument } from '@/lib/not-found-document';

/** Target of proxy.ts rewrites for reader URLs that do not exist: a real 404 with a body. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: value } = await params;
  const locale = isLocale(value) ? value : defaultLocale();
  const identity = await getIdentity();
  return new Response(notFoundDocument(locale, identity.name[locale]), {
    status: 404,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-robots-tag': 'noindex',
    },
  });
}
