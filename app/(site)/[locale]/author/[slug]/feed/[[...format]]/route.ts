import { feedResponse } from '@/lib/feeds/response';

/** An author's latest stories (RSS; Atom at …/atom). */
export async function GET(request: Request, { params }: RouteContext<'/[locale]/author/[slug]/feed/[[...format]]'>) {
  return feedResponse(request, await params, 'author');
}
