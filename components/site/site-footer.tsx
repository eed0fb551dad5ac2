import Link from 'next/link';
import type { Locale } from '@/lib/i18n/config';
import { getMessages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';
import { ProfileLinks } from './author-box';
import { getIdentity } from '@/lib/identity';
import { getMenu } from '@/lib/menus/reader';
import { MenuAnchor } from './menu-anchor';

/** The publication's footer: its own text, how to reach it, its profiles elsewhere, its corrections log. */
export async function SiteFooter({ locale }: { locale: Locale }) {
  const [identity, menu] = await Promise.all([getIdentity(), getMenu(locale, 'footer')]);
  const footer = identity.footer[locale];
  const t = getMessages(locale);
  return (
    <footer className="mt-16 border-t border-rule bg-card">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-8 text-sm text-muted">
        {menu.length > 0 && (
          <nav aria-label={t.footerNav}>
            <ul className="flex flex-wrap gap-x-4 font-semibold text-ink">
              {menu.map((link) => (
                <li key={link.href}>
                  <MenuAnchor
                    link={link}
                    className="inline-flex min-h-11 items-center hover:text-accent hover:underline"
                  />
                </li>
              ))}
            </ul>
          </nav>
        )}
        {footer && <p className="whitespace-pre-line">{footer}</p>}
        {identity.contactEmail && (
          <p>
            <a href={`mailto:${identity.contactEmail}`} className="underline hover:text-accent">
              {identity.contactEmail}
            </a>
          </p>
        )}
        {identity.social.length > 0 && <ProfileLinks links={identity.social} me className="" />}
        <p>
          <Link
            href={routes.corrections(locale)}
            className="inline-flex min-h-11 items-center underline hover:text-accent"
          >
            {t.corrections}
          </Link>
        </p>
        <p>© {identity.name[locale]}</p>
      </div>
    </footer>
  );
}
