import { connection } from 'next/server';
import { getSitemapIndexXml, xmlResponse } from '@/lib/sitemaps';

/**
 * The sitemap index, written by hand: Next's generateSitemaps makes no index and leaves
 * `/sitemap.xml` a 404 (vercel/next.js#77304).
 */
export async function GET() {
  // At request time: the build reads no database, and SITE_URL is the running server's.
  await connection();
  return xmlResponse(await getSitemapIndexXml());
}
