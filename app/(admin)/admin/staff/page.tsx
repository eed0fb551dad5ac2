import type { Metadata } from 'next';
import { StaffCreateForm } from '@/components/admin/staff-create-form';
import { StaffNamesForm } from '@/components/admin/staff-names-form';
import { StaffRowActions } from '@/components/admin/staff-row-actions';
import { rowClass, Table } from '@/components/ui/table';
import { getDb } from '@/db';
import { getAdminContext } from '@/lib/auth/admin-context';
import { requirePagePermission } from '@/lib/auth/session';
import { getAdminMessages } from '@/lib/i18n/admin';
import { fill } from '@/lib/i18n/admin-staff';
import { getProfileMessages } from '@/lib/i18n/admin-profile';
import { getStaffScreensMessages } from '@/lib/i18n/admin-staff';
import { localeNames } from '@/lib/i18n/config';
import { listStaff } from '@/lib/staff';
import { listStaffDisplayNames } from '@/lib/staff-names';
import {
  createStaffAction,
  resetStaffPasswordAction,
  setStaffDisabledAction,
  setStaffRoleAction,
  updateStaffNamesAction,
} from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getAdminContext();
  return { title: getStaffScreensMessages(locale).staff.title };
}

const staffColumns = ['name', 'email', 'role', 'status', 'actions'] as const;

export default async function StaffPage() {
  const actor = await requirePagePermission('staff.manage', '/admin/staff');
  const t = getStaffScreensMessages(actor.preferredLocale);
  const shell = getAdminMessages(actor.preferredLocale);
  const profileT = getProfileMessages(actor.preferredLocale);
  const [members, displayNames] = await Promise.all([listStaff(getDb(), actor), listStaffDisplayNames(getDb(), actor)]);
  return (
    <main className="space-y-8">
      <h1 className="text-2xl font-extrabold">{t.staff.title}</h1>
      <StaffCreateForm t={t} roleNames={shell.roles} createAction={createStaffAction} />
      <Table caption={t.staff.listCaption} columns={staffColumns.map((key) => ({ key, label: t.staff.columns[key] }))}>
        {members.map((member) => (
          <tr key={member.id} className={rowClass}>
            <th scope="row" className="py-3 pe-3 text-start font-semibold">
              <span dir="auto">{member.name}</span>
              {member.id === actor.id && <span className="ms-1 font-normal text-muted">{t.staff.you}</span>}
              <span className="block text-xs font-normal text-muted" lang={member.preferredLocale}>
                {localeNames[member.preferredLocale]}
              </span>
            </th>
            <td className="py-3 pe-3">
              <span dir="ltr">{member.email}</span>
            </td>
            <td className="py-3 pe-3">{shell.roles[member.role]}</td>
            <td className="py-3 pe-3">
              <span className={member.disabled ? 'font-semibold text-accent' : ''}>
                {member.disabled ? t.staff.disabled : t.staff.active}
              </span>
            </td>
            <td className="py-3">
              <StaffRowActions
                member={{ id: member.id, name: member.name, role: member.role, disabled: member.disabled }}
                isSelf={member.id === actor.id}
                t={t}
                roleNames={shell.roles}
                actions={{
                  setRole: setStaffRoleAction.bind(null, member.id),
                  setDisabled: setStaffDisabledAction.bind(null, member.id, !member.disabled),
                  resetPassword: resetStaffPasswordAction.bind(null, member.id),
                }}
              />
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-semibold">
                  {fill(profileT.namesOf, { name: member.name })}
                </summary>
                <div className="mt-2 max-w-xl">
                  <StaffNamesForm
                    idPrefix={`staff-${member.id}-names`}
                    current={{ name: member.name, names: displayNames.get(member.id) ?? {} }}
                    action={updateStaffNamesAction.bind(null, member.id)}
                    t={profileT}
                    staffT={t}
                  />
                </div>
              </details>
            </td>
          </tr>
        ))}
      </Table>
    </main>
  );
}
