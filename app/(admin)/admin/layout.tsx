import type { Metadata } from 'next';
import '../../globals.css';
import { AdminNav } from '@/components/admin/admin-nav';
import { getDb } from '@/db';
import { getAdminContext } from '@/lib/auth/admin-context';
import { inter, naskh } from '@/lib/fonts';
import { direction } from '@/lib/i18n/config';
import { pendingCount } from '@/lib/moderation';
import { setAdminLocaleAction, signOutAction } from './actions';

// Every admin page depends on the signed-in person: rendered per request, never cached.
export const instant = false;

export const metadata: Metadata = {
  title: { default: 'Maydan', template: '%s — Maydan newsroom' },
  robots: { index: false, follow: false },
};

export default async function AdminLayout({ children }: LayoutProps<'/admin'>) {
  const { staff, locale, t } = await getAdminContext();
  return (
    <html lang={locale} dir={direction(locale)} className={`${inter.variable} ${naskh.variable}`}>
      <body className="min-h-screen bg-paper">
        <a href="#main" className="skip-link">
          {t.skipToContent}
        </a>
        {staff && (
          <AdminNav
            staff={staff}
            locale={locale}
            pendingComments={(await pendingCount(getDb(), staff)) ?? undefined}
            actions={{ setLocale: setAdminLocaleAction, signOut: signOutAction }}
          />
        )}
        <div id="main" className="mx-auto max-w-7xl px-4 py-6">
          {children}
        </div>
      </body>
    </html>
  );
}
