import { connection } from 'next/server';
import { getNewsSitemapXml, xmlResponse } from '@/lib/sitemaps';

/** The Google News sitemap: stories of the last two days, every language. */
export async function GET() {
  // At request time: the build reads no database, and SITE_URL is the running server's.
  await connection();
  return xmlResponse(await getNewsSitemapXml());
}
