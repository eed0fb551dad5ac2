import 'server-only';
import type { Metadata } from 'next';
import { getIdentity } from '../identity';
import { locales, type Locale } from '../i18n/config';
import { formatNumber } from '../i18n/format';
import { getMessages } from '../i18n/messages';
import { routes } from '../routes';
import { readerMetadata } from '../seo/metadata';

/** The title of a page of the log: page 2 onwards carry their number. */
export function correctionsTitle(locale: Locale, page: number): string {
  const t = getMessages(locale);
  return page > 1 ? `${t.corrections} (${formatNumber(locale, page)})` : t.corrections;
}

/** The same log in the other languages (page 1: later pages list other corrections). */
export function correctionsAlternates(locale: Locale, page: number) {
  return page === 1 ? locales.filter((l) => l !== locale).map((l) => ({ locale: l, href: routes.corrections(l) })) : [];
}

/** Title, description, canonical (each page its own) and the other languages' logs. */
export async function correctionsMetadata(locale: Locale, page: number): Promise<Metadata> {
  return readerMetadata(
    {
      locale,
      headline: correctionsTitle(locale, page),
      description: getMessages(locale).correctionsIntro,
      path: routes.corrections(locale, page),
      translations: correctionsAlternates(locale, page).map((a) => ({ locale: a.locale, path: a.href })),
    },
    await getIdentity(),
  );
}
