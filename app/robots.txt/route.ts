import { connection } from 'next/server';
import { robotsTxt } from '@/lib/sitemaps/robots';

/** A route handler rather than app/robots.ts, so SITE_URL is read when serving, not at build. */
export async function GET() {
  await connection();
  return new Response(robotsTxt(), {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  });
}
