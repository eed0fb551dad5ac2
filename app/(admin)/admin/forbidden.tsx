import { getAdminContext } from '@/lib/auth/admin-context';

/**
 * Rendered (inside the admin layout, whose navigation lists what the role may open) with a 403
 * status when a page calls forbidden() through requirePagePermission.
 */
export default async function AdminForbidden() {
  const { t } = await getAdminContext();
  return (
    <main className="mx-auto mt-12 max-w-xl rounded border border-rule bg-card p-6">
      <h1 className="mb-3 text-2xl font-extrabold">{t.forbiddenTitle}</h1>
      <p>{t.forbiddenBody}</p>
    </main>
  );
}
