import Link from 'next/link';
import { getSections } from '@/lib/articles';
import type { Locale } from '@/lib/i18n/config';
import { getIdentity } from '@/lib/identity';
import { getMessages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';
import { BreakingBanner } from './breaking-banner';
import { LanguageSwitcher, type Alternate } from './language-switcher';
import { HeaderSearch } from './search-header';
import { OpenSearchLink } from './search-opensearch-link';

export async function SiteHeader({
  locale,
  alternates,
  currentSection,
}: {
  locale: Locale;
  alternates: Alternate[];
  currentSection?: number;
}) {
  const t = getMessages(locale);
  const [sections, identity] = await Promise.all([getSections(locale), getIdentity()]);
  const tagline = identity.tagline[locale];
  return (
    <>
      <BreakingBanner locale={locale} />
      <header className="relative border-b border-rule bg-card">
        <OpenSearchLink locale={locale} />
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <div>
            <Link
              href={routes.home(locale)}
              className="text-2xl font-extrabold tracking-tight text-accent no-underline"
            >
              {identity.name[locale]}
            </Link>
            {tagline && <p className="max-w-prose text-sm text-muted">{tagline}</p>}
          </div>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <HeaderSearch locale={locale} />
            <LanguageSwitcher locale={locale} alternates={alternates} order={identity.languageOrder} />
          </div>
        </div>
        <nav aria-label={t.sectionsNav} className="mx-auto max-w-6xl px-4">
          <ul className="flex flex-wrap gap-x-4 gap-y-0.5 pb-2 text-sm font-semibold">
            <li>
              <Link
                href={routes.home(locale)}
                className="inline-flex min-h-11 min-w-11 items-center justify-center whitespace-nowrap hover:text-accent sm:min-h-8 sm:min-w-8"
              >
                {t.home}
              </Link>
            </li>
            {sections.map((section) => (
              <li key={section.id}>
                <Link
                  href={routes.section(locale, section.slug)}
                  aria-current={currentSection === section.id ? 'page' : undefined}
                  className="inline-flex min-h-11 min-w-11 items-center justify-center whitespace-nowrap hover:text-accent sm:min-h-8 sm:min-w-8 aria-[current=page]:text-accent aria-[current=page]:underline"
                >
                  {section.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
    </>
  );
}
