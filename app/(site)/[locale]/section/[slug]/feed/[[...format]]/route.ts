import { feedResponse } from '@/lib/feeds/response';

/** A section's latest stories (RSS; Atom at …/atom). */
export async function GET(request: Request, { params }: RouteContext<'/[locale]/section/[slug]/feed/[[...format]]'>) {
  return feedResponse(request, await params, 'section');
}
