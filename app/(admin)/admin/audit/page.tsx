import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { AdminPagination } from '@/components/admin/staff-pagination';
import { Button } from '@/components/ui/button';
import { Field, filterInputClass } from '@/components/ui/field';
import { rowClass, Table } from '@/components/ui/table';
import { getDb } from '@/db';
import { auditActions } from '@/lib/audit/kinds';
import { AUDIT_PAGE_SIZE, listAuditActors, listAuditLog, type AuditEntry } from '@/lib/audit/read';
import { getAdminContext } from '@/lib/auth/admin-context';
import { requirePagePermission } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/config';
import { fill, getStaffScreensMessages, type AuditEntity, type StaffScreensMessages } from '@/lib/i18n/admin-staff';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { rowIdParam } from '@/lib/validation';

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getAdminContext();
  return { title: getStaffScreensMessages(locale).audit.title };
}

const auditColumns = ['time', 'actor', 'action', 'entity', 'details'] as const;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
// Unknown or malformed filters are ignored rather than answered with an error.
const filterSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  action: z.enum(auditActions).optional().catch(undefined),
  actor: rowIdParam.optional().catch(undefined),
});

export default async function AuditPage({ searchParams }: PageProps<'/admin/audit'>) {
  const actor = await requirePagePermission('audit.view', '/admin/audit');
  const locale = actor.preferredLocale;
  const t = getStaffScreensMessages(locale);
  const raw = await searchParams;
  const filters = filterSchema.parse({
    page: one(raw.page) || undefined,
    action: one(raw.action) || undefined,
    actor: one(raw.actor) || undefined,
  });
  const db = getDb();
  const [log, people] = await Promise.all([
    listAuditLog(db, actor, { page: filters.page, action: filters.action, actorId: filters.actor }),
    listAuditActors(db, actor),
  ]);
  const from = log.total === 0 ? 0 : (log.page - 1) * AUDIT_PAGE_SIZE + 1;
  const to = (log.page - 1) * AUDIT_PAGE_SIZE + log.items.length;
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-extrabold">{t.audit.title}</h1>
      <form
        method="get"
        action="/admin/audit"
        role="search"
        aria-label={t.audit.filters}
        className="flex flex-wrap items-end gap-4 text-sm"
      >
        <Field id="audit-action" label={t.audit.action}>
          {(p) => (
            <select {...p} name="action" defaultValue={filters.action ?? ''} className={filterInputClass}>
              <option value="">{t.audit.anyAction}</option>
              {auditActions.map((a) => (
                <option key={a} value={a}>
                  {t.audit.actions[a]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="audit-actor" label={t.audit.actor}>
          {(p) => (
            <select
              {...p}
              name="actor"
              defaultValue={filters.actor ? String(filters.actor) : ''}
              className={filterInputClass}
            >
              <option value="">{t.audit.anyActor}</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button type="submit" size="sm">
          {t.audit.filter}
        </Button>
        {(filters.action || filters.actor) && (
          <Link href="/admin/audit" className="py-1.5 underline">
            {t.audit.clear}
          </Link>
        )}
      </form>
      {log.items.length === 0 ? (
        <p>{t.audit.empty}</p>
      ) : (
        <Table
          caption={
            <>
              {t.audit.caption} ·{' '}
              {fill(t.audit.showing, {
                from: formatNumber(locale, from),
                to: formatNumber(locale, to),
                total: formatNumber(locale, log.total),
              })}
            </>
          }
          captionClassName="mb-2 text-start text-muted"
          columns={auditColumns.map((key) => ({ key, label: t.audit.columns[key] }))}
        >
          {log.items.map((entry) => (
            <AuditRow key={entry.id} entry={entry} locale={locale} t={t} />
          ))}
        </Table>
      )}
      <AdminPagination
        basePath="/admin/audit"
        params={{ action: filters.action, actor: filters.actor ? String(filters.actor) : undefined }}
        page={log.page}
        pageCount={log.pageCount}
        locale={locale}
        t={t}
      />
    </main>
  );
}

function AuditRow({ entry, locale, t }: { entry: AuditEntry; locale: Locale; t: StaffScreensMessages }) {
  const action = (t.audit.actions as Record<string, string>)[entry.action] ?? entry.action;
  const entity = (t.audit.entities as Record<string, string>)[entry.entityType as AuditEntity] ?? entry.entityType;
  return (
    <tr className={rowClass}>
      <td className="py-2 pe-3 whitespace-nowrap">
        <time dateTime={entry.createdAt}>{formatDate(locale, entry.createdAt, true)}</time>
      </td>
      <td className="py-2 pe-3" dir="auto">
        {entry.actorName ?? t.audit.system}
      </td>
      <td className="py-2 pe-3">{action}</td>
      <td className="py-2 pe-3">
        {entity}
        {entry.entityId && <span className="text-muted"> #{entry.entityId}</span>}
      </td>
      <td className="py-2">
        <AuditData data={entry.data} />
      </td>
    </tr>
  );
}

/** The entry's details as key: value lines. Values are text (tag names may contain markup): React escapes them. */
function AuditData({ data }: { data: Record<string, unknown> }) {
  const entries = Object.entries(data);
  if (entries.length === 0) return null;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 font-mono text-xs">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-muted">{key}</dt>
          <dd dir="auto" className="break-all">
            {typeof value === 'string' ? value : JSON.stringify(value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
