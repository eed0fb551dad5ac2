import { localeNames, type Locale } from '@/lib/i18n/config';
import { colon } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';

/**
 * "Read in: Français · English": the same story or page in its other languages, each link in its
 * own language. Shared by articles and static pages (`href` builds the route for each).
 */
export function TranslationLinks({
  locale,
  translations,
  href,
}: {
  locale: Locale;
  translations: { locale: Locale; slug: string }[];
  href: (locale: Locale, slug: string) => string;
}) {
  if (translations.length === 0) return null;
  const t = getMessages(locale);
  return (
    <nav aria-label={t.readIn} className="mt-3 text-sm">
      <span className="text-muted">
        {t.readIn}
        {colon(locale)}
      </span>
      <ul className="inline">
        {translations.map((tr, i) => (
          <li key={tr.locale} className="inline">
            {i > 0 && ' · '}
            <a
              href={href(tr.locale, tr.slug)}
              hrefLang={tr.locale}
              lang={tr.locale}
              className="inline-flex min-h-6 items-center font-semibold text-accent hover:underline"
            >
              {localeNames[tr.locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
