import { webManifest } from '@/lib/share/manifest';
import { isLocale } from '@/lib/i18n/config';
import { getIdentity } from '@/lib/identity';

/** The web app manifest in the page's language (`/manifest.webmanifest` is the default language's). */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/manifest.webmanifest'>) {
  const { locale } = await params;
  if (!isLocale(locale))
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(JSON.stringify(webManifest(locale, await getIdentity())), {
    headers: {
      'content-type': 'application/manifest+json; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    },
  });
}
