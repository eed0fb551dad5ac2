import { defaultLocale, locales, type Locale } from '@/lib/i18n/config';
import { absoluteUrl } from '@/lib/routes';

/** One language version of a page: its language and its path on this site. */
export type Version = { locale: Locale; path: string };

export type Alternates = {
  canonical: string;
  /** hreflang → absolute URL, for every version including this page, plus `x-default`. */
  languages: Record<string, string>;
};

/**
 * The canonical URL of a page and its `hreflang` alternates, all absolute (`SITE_URL`): a
 * relative one would be resolved against `metadataBase`, which drops a path in `SITE_URL`.
 * The page itself is always in the list (search engines ignore hreflang sets that do not point
 * back). `x-default` is the same in every version of the set: the version in `DEFAULT_LOCALE`
 * when there is one, else the first language (in the site's order) that has one, unless `xDefault` names a page
 * (the home pages give `/`, which picks the reader's language).
 */
export function pageAlternates(
  self: Version,
  others: readonly Version[],
  xDefault?: string,
  preferred: Locale = defaultLocale(),
): Alternates {
  const byLocale = new Map<Locale, string>();
  for (const version of [self, ...others])
    if (!byLocale.has(version.locale)) byLocale.set(version.locale, version.path);
  const ordered = locales.filter((l) => byLocale.has(l));
  const fallback = byLocale.get(preferred) ?? byLocale.get(ordered[0]!)!;
  return {
    canonical: absoluteUrl(self.path),
    languages: {
      ...Object.fromEntries(ordered.map((l) => [l, absoluteUrl(byLocale.get(l)!)])),
      'x-default': absoluteUrl(xDefault ?? fallback),
    },
  };
}
