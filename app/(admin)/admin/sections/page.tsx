import type { Metadata } from 'next';
import { SectionForm } from '@/components/admin/section-form';
import { getDb } from '@/db';
import { getAdminContext } from '@/lib/auth/admin-context';
import { requirePagePermission } from '@/lib/auth/session';
import { fill, getStaffScreensMessages } from '@/lib/i18n/admin-staff';
import { localeNames, locales } from '@/lib/i18n/config';
import { plural } from '@/lib/i18n/format';
import { listSectionsAdmin } from '@/lib/sections';
import { createSectionAction, updateSectionAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getAdminContext();
  return { title: getStaffScreensMessages(locale).sections.title };
}

export default async function SectionsPage() {
  const actor = await requirePagePermission('taxonomy.manage', '/admin/sections');
  const locale = actor.preferredLocale;
  const t = getStaffScreensMessages(locale);
  const sections = await listSectionsAdmin(getDb(), actor);
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-extrabold">{t.sections.title}</h1>
      <p className="text-muted">{t.sections.intro}</p>
      <SectionForm idPrefix="section-new" action={createSectionAction} t={t} legend={t.sections.createTitle} />
      {sections.length === 0 ? (
        <p>{t.sections.empty}</p>
      ) : (
        <ul className="space-y-4">
          {sections.map((section) => {
            // The section's name in the staff member's language, else in any language it has.
            const name =
              section.translations[locale]?.name ??
              locales.map((l) => section.translations[l]?.name).find(Boolean) ??
              `#${section.id}`;
            return (
              <li key={section.id} className="space-y-1">
                <p className="text-sm text-muted">
                  {plural(locale, section.articleCount, t.common.articleCount)}
                  {locales.some((l) => !section.translations[l]) && (
                    <>
                      {' · '}
                      {t.sections.notTranslated}:{' '}
                      {locales
                        .filter((l) => !section.translations[l])
                        .map((l) => localeNames[l])
                        .join(', ')}
                    </>
                  )}
                </p>
                <SectionForm
                  idPrefix={`section-${section.id}`}
                  action={updateSectionAction.bind(null, section.id)}
                  t={t}
                  current={{ position: section.position, translations: section.translations }}
                  legend={fill(t.sections.editLegend, { name })}
                />
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}
