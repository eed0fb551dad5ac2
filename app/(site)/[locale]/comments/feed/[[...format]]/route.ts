import { feedResponse } from '@/lib/feeds/response';

/** The language's latest approved comments (RSS; Atom at …/atom). */
export async function GET(request: Request, { params }: RouteContext<'/[locale]/comments/feed/[[...format]]'>) {
  return feedResponse(request, await params, 'comments');
}
