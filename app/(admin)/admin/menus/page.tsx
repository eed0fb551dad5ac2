import type { Metadata } from 'next';
import Link from 'next/link';
import { MenuAddForm } from '@/components/admin/menu-add-form';
import { MenuList } from '@/components/admin/menu-list';
import { getDb } from '@/db';
import { readFormState } from '@/lib/admin/form-flash';
import { getAdminContext } from '@/lib/auth/admin-context';
import { requirePagePermission } from '@/lib/auth/session';
import { getAdminMenusMessages } from '@/lib/i18n/admin-menus';
import { isLocale, localeNames, locales } from '@/lib/i18n/config';
import { getMenusForAdmin } from '@/lib/menus';
import { menuNames } from '@/lib/menus/kinds';
import { addMenuItemAction, moveMenuItemAction, removeMenuItemAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getAdminContext();
  return { title: getAdminMenusMessages(locale).menus.title };
}

/** The header and footer menus of one language (`?locale=`), editors and admins. */
export default async function MenusPage({ searchParams }: PageProps<'/admin/menus'>) {
  const actor = await requirePagePermission('pages.manage', '/admin/menus');
  const query = await searchParams;
  const adminLocale = actor.preferredLocale;
  const t = getAdminMenusMessages(adminLocale).menus;
  const locale = isLocale(query.locale) ? query.locale : adminLocale;
  const [menus, kept] = await Promise.all([
    getMenusForAdmin(getDb(), actor, locale),
    readFormState(typeof query.flash === 'string' ? query.flash : undefined),
  ]);
  const flash = kept?.key === 'menus' ? kept.state : undefined;
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-extrabold">{t.title}</h1>
      <p className="max-w-prose text-muted">{t.intro}</p>
      <nav aria-label={t.languages}>
        <ul className="flex flex-wrap gap-2">
          {locales.map((l) => (
            <li key={l}>
              <Link
                href={`/admin/menus?locale=${l}`}
                lang={l}
                aria-current={l === locale ? 'page' : undefined}
                className="inline-flex min-h-11 items-center rounded border border-rule px-3 font-semibold aria-[current=page]:border-accent aria-[current=page]:bg-accent aria-[current=page]:text-accent-ink sm:min-h-8"
              >
                {localeNames[l]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {flash && !flash.fieldErrors && flash.message && (
        <p role={flash.status === 'error' ? 'alert' : 'status'} className="font-semibold">
          {flash.message}
        </p>
      )}
      {menus &&
        menuNames.map((menu) => (
          <section key={menu} aria-labelledby={`menu-${menu}`} className="space-y-2">
            <h2 id={`menu-${menu}`} className="text-lg font-bold">
              {t[menu]} <span className="text-muted">({localeNames[locale]})</span>
            </h2>
            <p className="text-sm text-muted">{menu === 'header' ? t.headerHint : t.footerHint}</p>
            <MenuList
              locale={locale}
              entries={menus.entries.filter((e) => e.menu === menu)}
              move={(id, direction) => moveMenuItemAction.bind(null, locale, id, direction)}
              remove={(id) => removeMenuItemAction.bind(null, locale, id)}
              t={t}
            />
          </section>
        ))}
      {menus && (
        <MenuAddForm
          key={locale}
          action={addMenuItemAction}
          locale={locale}
          choices={menus.choices}
          initialState={flash?.fieldErrors ? flash : undefined}
          t={t}
        />
      )}
    </main>
  );
}
