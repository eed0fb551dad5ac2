import { feedResponse } from '@/lib/feeds/response';

/** A story's latest approved comments (RSS; Atom at …/atom). */
export async function GET(request: Request, { params }: RouteContext<'/[locale]/article/[slug]/feed/[[...format]]'>) {
  return feedResponse(request, await params, 'article');
}
