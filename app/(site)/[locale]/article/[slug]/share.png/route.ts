import { isLocale } from '@/lib/i18n/config';
import { cardResponse, drawArticleCard } from '@/lib/share/render';
import { normalizeSlugParam } from '@/lib/slug';

/** A story's 1200×630 link preview when its featured image has no stored crop (lib/share). */
export async function GET(request: Request, { params }: RouteContext<'/[locale]/article/[slug]/share.png'>) {
  const { locale, slug: raw } = await params;
  const slug = normalizeSlugParam(raw);
  if (!isLocale(locale) || !slug) return cardResponse(request, null);
  return cardResponse(request, await drawArticleCard(locale, slug));
}
