import type { Metadata } from 'next';
import { BreakingForm } from '@/components/admin/breaking-form';
import { Button } from '@/components/ui/button';
import { getDb } from '@/db';
import { readFormState } from '@/lib/admin/form-flash';
import { getAdminContext } from '@/lib/auth/admin-context';
import { requirePagePermission } from '@/lib/auth/session';
import { listBreakingForAdmin } from '@/lib/breaking';
import { getAdminBreakingMessages } from '@/lib/i18n/admin-breaking';
import { direction, localeNames } from '@/lib/i18n/config';
import { fill, formatDate, siteTimeZone } from '@/lib/i18n/format';
import { toSiteTimeInput } from '@/lib/site-time';
import { addBreakingAction, endBreakingAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getAdminContext();
  return { title: getAdminBreakingMessages(locale).title };
}

/** The form's default end: two hours from now, as the site's clocks show it. */
function twoHoursFromNow(zone: string): string {
  return toSiteTimeInput(new Date(Date.now() + 2 * 3600_000), zone);
}

/** Breaking-news banners: put one up, see what shows and what ended, end one now (editors and admins). */
export default async function BreakingPage({ searchParams }: PageProps<'/admin/breaking'>) {
  const actor = await requirePagePermission('article.publish', '/admin/breaking');
  const locale = actor.preferredLocale;
  const t = getAdminBreakingMessages(locale);
  const [banners, query] = await Promise.all([listBreakingForAdmin(getDb(), actor), searchParams]);
  const kept = await readFormState(typeof query.flash === 'string' ? query.flash : undefined);
  const zone = siteTimeZone();
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-extrabold">{t.title}</h1>
      <p className="max-w-prose text-muted">{t.intro}</p>
      <BreakingForm
        action={addBreakingAction}
        initialState={kept?.key === 'breaking' && kept.state.fieldErrors ? kept.state : undefined}
        defaultUntil={twoHoursFromNow(zone)}
        timeZone={zone}
        t={t}
      />
      {kept?.key === 'breaking' && !kept.state.fieldErrors && kept.state.message && (
        <p role="status" className="font-semibold">
          {kept.state.message}
        </p>
      )}
      <section aria-labelledby="breaking-list" className="space-y-3">
        <h2 id="breaking-list" className="text-lg font-bold">
          {t.listTitle}
        </h2>
        {!banners || banners.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ul className="space-y-3">
            {banners.map((b) => (
              <li key={b.id} className="flex flex-wrap items-center gap-3 rounded border border-rule bg-card p-3">
                <span
                  className={`rounded-sm px-2 py-0.5 text-sm font-bold ${b.current ? 'bg-accent text-accent-ink' : 'border border-rule text-muted'}`}
                >
                  {b.current ? t.current : t.ended}
                </span>
                <span className="text-sm text-muted">{localeNames[b.locale]}</span>
                <a
                  href={b.href}
                  lang={b.locale}
                  dir={direction(b.locale)}
                  className="min-w-0 flex-1 font-semibold hover:underline"
                >
                  {b.text}
                </a>
                <span className="text-sm text-muted">
                  {fill(b.current ? t.endsAt : t.endedAt, { date: formatDate(locale, b.expiresAt, true) })}
                </span>
                {b.current && (
                  <form action={endBreakingAction.bind(null, b.id)}>
                    <Button type="submit" aria-label={`${t.end}: ${b.text}`}>
                      {t.end}
                    </Button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
