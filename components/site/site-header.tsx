import Link from 'next/link';
import { getSections } from '@/lib/articles';
import type { Locale } from '@/lib/i18n/config';
import { getIdentity } from '@/lib/identity';
import type { MenuLink } from '@/lib/menus';
import { getMenu } from '@/lib/menus/reader';
import { getMessages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';
import { BreakingBanner } from './breaking-banner';
import { LanguageSwitcher, type Alternate } from './language-switcher';
import { MenuAnchor } from './menu-anchor';
import { HeaderSearch } from './search-header';
import { SiteLogo } from './site-logo';
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
  const [menu, sections, identity] = await Promise.all([getMenu(locale, 'header'), getSections(locale), getIdentity()]);
  // The editors' header menu (/admin/menus) when they set one; else the sections with a story.
  const links: MenuLink[] = menu.length
    ? menu
    : sections.map((s) => ({
        label: s.name,
        href: routes.section(locale, s.slug),
        external: false,
        sectionId: s.id,
      }));
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
              {identity.logoLight || identity.logoDark ? (
                <SiteLogo light={identity.logoLight} dark={identity.logoDark} name={identity.name[locale]} />
              ) : (
                identity.name[locale]
              )}
            </Link>
            {tagline && <p className="max-w-prose text-sm text-muted">{tagline}</p>}
          </div>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <HeaderSearch locale={locale} />
            <LanguageSwitcher locale={locale} alternates={alternates} order={identity.languageOrder} />
          </div>
        </div>
        <nav aria-label={menu.length ? t.mainNav : t.sectionsNav} className="mx-auto max-w-6xl px-4">
          <ul className="flex flex-wrap gap-x-4 gap-y-0.5 pb-2 text-sm font-semibold">
            <li>
              <Link
                href={routes.home(locale)}
                className="inline-flex min-h-11 min-w-11 items-center justify-center whitespace-nowrap hover:text-accent sm:min-h-8 sm:min-w-8"
              >
                {t.home}
              </Link>
            </li>
            {links.map((link) => (
              <li key={link.href}>
                <MenuAnchor
                  link={link}
                  current={link.sectionId !== null && currentSection === link.sectionId}
                  className="inline-flex min-h-11 min-w-11 items-center justify-center whitespace-nowrap hover:text-accent sm:min-h-8 sm:min-w-8 aria-[current=page]:text-accent aria-[current=page]:underline"
                />
              </li>
            ))}
          </ul>
        </nav>
      </header>
    </>
  );
}
