import { feedResponse } from '@/lib/feeds/response';

/** The language's latest stories: RSS 2.0 here, Atom at …/feed/atom. */
export async function GET(request: Request, { params }: RouteContext<'/[locale]/feed/[[...format]]'>) {
  return feedResponse(request, await params, 'site');
}
