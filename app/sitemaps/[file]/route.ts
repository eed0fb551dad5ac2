import { connection } from 'next/server';
import { getSitemapXml, xmlResponse } from '@/lib/sitemaps';
import { parseSitemapPath } from '@/lib/sitemaps/plan';

/**
 * One file of a language's sitemap. Readers and crawlers ask for `/sitemap-en-articles-1.xml`
 * at the root (a sitemap lists only URLs below its own folder); proxy.ts rewrites that here.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  await connection();
  const file = parseSitemapPath((await params).file);
  const xml = file ? await getSitemapXml(file.locale, file.kind, file.page) : null;
  if (xml === null)
    return new Response('Not found', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  return xmlResponse(xml);
}
