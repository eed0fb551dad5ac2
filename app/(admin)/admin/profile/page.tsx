import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StaffNamesForm } from '@/components/admin/staff-names-form';
import { StaffProfileForm } from '@/components/admin/staff-profile-form';
import { readFormState } from '@/lib/admin/form-flash';
import { getDb } from '@/db';
import { getAdminContext } from '@/lib/auth/admin-context';
import { requirePagePermission } from '@/lib/auth/session';
import { getAdminMessages } from '@/lib/i18n/admin';
import { getProfileMessages } from '@/lib/i18n/admin-profile';
import { getStaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';
import { getStaffNames } from '@/lib/staff-names';
import { getStaffProfile, profileFormValues } from '@/lib/staff-profile';
import { updateOwnNamesAction, updateOwnProfileAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getAdminContext();
  return { title: getProfileMessages(locale).title };
}

/** Every staff member's own page: how they appear to readers. */
export default async function ProfilePage({ searchParams }: PageProps<'/admin/profile'>) {
  const staff = await requirePagePermission('admin.enter', '/admin/profile');
  const t = getProfileMessages(staff.preferredLocale);
  const [names, profile, query] = await Promise.all([
    getStaffNames(getDb(), staff, staff.id),
    getStaffProfile(getDb(), staff, staff.id),
    searchParams,
  ]);
  if (!names || !profile) notFound();
  const kept = await readFormState(typeof query.flash === 'string' ? query.flash : undefined);
  return (
    <main className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-extrabold">{t.title}</h1>
      <p className="text-muted">{t.intro}</p>
      <section aria-labelledby="profile-account" className="rounded border border-rule bg-card p-4">
        <h2 id="profile-account" className="mb-3 text-lg font-bold">
          {t.account}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">{t.email}</dt>
          <dd>
            <bdi>{staff.email}</bdi>
          </dd>
          <dt className="font-semibold">{t.role}</dt>
          <dd>{getAdminMessages(staff.preferredLocale).roles[staff.role]}</dd>
        </dl>
      </section>
      <section aria-labelledby="profile-names" className="rounded border border-rule bg-card p-4">
        <h2 id="profile-names" className="mb-1 text-lg font-bold">
          {t.namesTitle}
        </h2>
        <p className="mb-4 text-sm text-muted">{t.namesIntro}</p>
        <StaffNamesForm
          idPrefix="profile"
          current={names}
          action={updateOwnNamesAction}
          t={t}
          staffT={getStaffAuditTaxonomyMessages(staff.preferredLocale)}
        />
      </section>
      <section aria-labelledby="profile-public" className="rounded border border-rule bg-card p-4">
        <h2 id="profile-public" className="mb-1 text-lg font-bold">
          {t.profile.title}
        </h2>
        <p className="mb-4 text-sm text-muted">{t.profile.intro}</p>
        <StaffProfileForm
          action={updateOwnProfileAction}
          initial={profileFormValues(profile)}
          initialState={kept?.key === 'profile' ? kept.state : undefined}
          t={t}
        />
      </section>
    </main>
  );
}
