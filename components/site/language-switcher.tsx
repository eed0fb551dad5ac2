import { localeNames, type Locale } from '@/lib/i18n/config';
import { getMessages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';

/** The same page in another language; pages without a translation point to that home page. */
export type Alternate = { locale: Locale; href: string };

export function LanguageSwitcher({
  locale,
  alternates,
  order,
}: {
  locale: Locale;
  alternates: Alternate[];
  /** The languages in the order the publication set (lib/identity). */
  order: readonly Locale[];
}) {
  const t = getMessages(locale);
  const others = order.filter((l) => l !== locale);
  return (
    <nav aria-label={t.languageNav}>
      <ul className="flex gap-3 text-sm">
        {others.map((other) => {
          const href = alternates.find((a) => a.locale === other)?.href ?? routes.home(other);
          return (
            <li key={other}>
              <a
                href={href}
                hrefLang={other}
                lang={other}
                className="inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-rule px-2 py-1 hover:border-accent sm:min-h-8"
              >
                {localeNames[other]}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
