import Link from 'next/link';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';
import { getAdminMessages } from '@/lib/i18n/admin';
import { getEditorMessages } from '@/lib/i18n/admin-editor';

export const listStatuses = ['draft', 'pending', 'scheduled', 'published', 'archived', 'trash'] as const;
export type ListStatus = (typeof listStatuses)[number];

/** Status tabs with counts; plain links, so they work without JavaScript. */
export function ArticleStatusTabs({
  locale,
  current,
  counts,
  hrefFor,
}: {
  locale: Locale;
  current: ListStatus | undefined;
  counts: Partial<Record<ListStatus, number>>;
  hrefFor: (status: ListStatus | undefined) => string;
}) {
  const t = getEditorMessages(locale);
  const a = getAdminMessages(locale);
  const all = listStatuses.filter((s) => s !== 'trash').reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  const tabs: { status: ListStatus | undefined; label: string; count: number }[] = [
    { status: undefined, label: t.list.all, count: all },
    ...listStatuses.map((status) => ({ status, label: a.statuses[status], count: counts[status] ?? 0 })),
  ];
  return (
    <nav aria-label={t.list.statusTabs} className="border-b border-rule wrap-break-word">
      <ul className="flex flex-wrap gap-x-1 text-sm">
        {tabs.map((tab) => {
          const active = tab.status === current;
          return (
            <li key={tab.status ?? 'all'}>
              <Link
                href={hrefFor(tab.status)}
                aria-current={active ? 'page' : undefined}
                className={`-mb-px inline-block border-b-2 px-3 py-2 font-semibold whitespace-nowrap ${active ? 'border-accent text-accent' : 'border-transparent hover:text-accent'}`}
              >
                {tab.label} <span className="text-muted">({formatNumber(locale, tab.count)})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
