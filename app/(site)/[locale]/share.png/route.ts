import { isLocale } from '@/lib/i18n/config';
import { cardResponse, drawSiteCard } from '@/lib/share/render';

/** The language's 1200×630 link preview: logo, site name and tagline (lib/share). */
export async function GET(request: Request, { params }: RouteContext<'/[locale]/share.png'>) {
  const { locale } = await params;
  return cardResponse(request, isLocale(locale) ? await drawSiteCard(locale) : null);
}
