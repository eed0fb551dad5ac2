import { feedResponse } from '@/lib/feeds/response';

/** A tag's latest stories (RSS; Atom at …/atom). */
export async function GET(request: Request, { params }: RouteContext<'/[locale]/tag/[slug]/feed/[[...format]]'>) {
  return feedResponse(request, await params, 'tag');
}
