import Link from 'next/link';
import { getSections } from '@/lib/articles';
import type { Locale } from '@/lib/i18n/config';
import { getMessages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';
import { LanguageSwitcher, type Alternate } from './language-switcher';

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
  const sections = await getSections(locale);
  return (
    <header className="border-b border-rule bg-card">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href={routes.home(locale)} className="text-2xl font-extrabold tracking-tight text-accent no-underline">
          {t.siteName}
        </Link>
        <LanguageSwitcher locale={locale} alternates={alternates} />
      </div>
      <nav aria-label={t.sectionsNav} className="mx-auto max-w-6xl px-4">
        <ul className="flex gap-x-5 overflow-x-auto pb-2 text-sm font-semibold whitespace-nowrap">
          <li>
            <Link href={routes.home(locale)} className="inline-block py-1 hover:text-accent">
              {t.home}
            </Link>
          </li>
          {sections.map((section) => (
            <li key={section.id}>
              <Link
                href={routes.section(locale, section.slug)}
                aria-current={currentSection === section.id ? 'page' : undefined}
                className="inline-block py-1 hover:text-accent aria-[current=page]:text-accent aria-[current=page]:underline"
              >
                {section.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
