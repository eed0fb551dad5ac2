import Link from 'next/link';
import { can } from '@/lib/auth/permissions';
import type { Staff } from '@/lib/auth/session';
import { localeNames, locales, type Locale } from '@/lib/i18n/config';
import { getAdminMessages } from '@/lib/i18n/admin';
import { getLiveMessages } from '@/lib/i18n/admin-live';
import { AdminMenu } from './admin-menu';
import { fill } from '@/lib/i18n/format';

export function AdminNav({
  staff,
  locale,
  pendingComments,
  actions,
}: {
  staff: Staff;
  locale: Locale;
  pendingComments?: number;
  /** Server actions, passed by the admin layout (components never import from app/). */
  actions: { setLocale: (formData: FormData) => Promise<void>; signOut: () => Promise<void> };
}) {
  const t = getAdminMessages(locale);
  const links = [
    can(staff.role, 'article.create') && { href: '/admin', label: t.nav.articles },
    can(staff.role, 'article.create') && { href: '/admin/articles/new', label: t.nav.newArticle },
    can(staff.role, 'comments.moderate') && {
      href: '/admin/comments',
      label: pendingComments
        ? `${t.nav.comments} (${new Intl.NumberFormat(locale).format(pendingComments)})`
        : t.nav.comments,
    },
    can(staff.role, 'article.publish') && { href: '/admin/breaking', label: t.nav.breaking },
    can(staff.role, 'pages.manage') && { href: '/admin/pages', label: t.nav.pages },
    can(staff.role, 'pages.manage') && { href: '/admin/menus', label: t.nav.menus },
    can(staff.role, 'taxonomy.manage') && { href: '/admin/sections', label: t.nav.sections },
    can(staff.role, 'taxonomy.manage') && { href: '/admin/tags', label: t.nav.tags },
    can(staff.role, 'staff.manage') && { href: '/admin/staff', label: t.nav.staff },
    can(staff.role, 'audit.view') && { href: '/admin/audit', label: t.nav.audit },
    can(staff.role, 'settings.manage') && { href: '/admin/settings', label: t.nav.settings },
    { href: '/admin/profile', label: t.nav.profile },
  ].filter((l): l is { href: string; label: string } => Boolean(l));
  return (
    <header className="border-b border-rule bg-card">
      {/* One short row on phones (title and Menu); everything in one wrapped row from 640 px. */}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 sm:py-3">
        <Link href="/admin" className="inline-flex min-h-11 items-center text-lg font-extrabold text-accent sm:min-h-0">
          {t.adminTitle}
        </Link>
        <AdminMenu label={getLiveMessages(locale).menu}>
          <nav aria-label={t.mainNav} className="sm:flex-1">
            <ul className="flex flex-col text-sm font-semibold sm:flex-row sm:flex-wrap sm:gap-x-4 sm:gap-y-1">
              {links.map((link) => (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    className="inline-flex min-h-11 items-center hover:text-accent hover:underline sm:min-h-6"
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
              <li>
                <a
                  href={`/${locale}`}
                  className="inline-flex min-h-11 items-center hover:text-accent hover:underline sm:min-h-6"
                >
                  {t.nav.viewSite}
                </a>
              </li>
            </ul>
          </nav>
          <form action={actions.setLocale} className="flex items-center gap-2 text-sm">
            <label htmlFor="admin-locale">{t.language}</label>
            <select
              id="admin-locale"
              name="locale"
              defaultValue={locale}
              className="rounded border border-rule bg-paper px-2 py-1 max-sm:min-h-11"
            >
              {locales.map((l) => (
                <option key={l} value={l} lang={l}>
                  {localeNames[l]}
                </option>
              ))}
            </select>
            <button
              type="submit"
              className="rounded border border-rule px-2 py-1 hover:border-accent max-sm:min-h-11 max-sm:px-3"
            >
              {t.apply}
            </button>
          </form>
          <form action={actions.signOut} className="flex items-center gap-2 text-sm">
            <span className="text-muted">{fill(t.signedInAs, { name: staff.name })}</span>
            <button
              type="submit"
              className="rounded border border-rule px-2 py-1 hover:border-accent max-sm:min-h-11 max-sm:px-3"
            >
              {t.signOut}
            </button>
          </form>
        </AdminMenu>
      </div>
    </header>
  );
}
