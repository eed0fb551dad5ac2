import Link from 'next/link';
import type { AdminListItem } from '@/lib/articles/admin';
import { localeNames, type Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import { getAdminMessages } from '@/lib/i18n/admin';
import { getEditorMessages } from '@/lib/i18n/admin-editor';

export function ArticleListTable({ locale, items }: { locale: Locale; items: AdminListItem[] }) {
  const t = getEditorMessages(locale).list;
  const a = getAdminMessages(locale);
  if (items.length === 0) return <p className="mt-6 text-muted">{t.empty}</p>;
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-rule text-start">
            <th scope="col" className="px-2 py-2 text-start">{t.columns.title}</th>
            <th scope="col" className="px-2 py-2 text-start">{t.columns.status}</th>
            <th scope="col" className="px-2 py-2 text-start">{t.columns.language}</th>
            <th scope="col" className="px-2 py-2 text-start">{t.columns.section}</th>
            <th scope="col" className="px-2 py-2 text-start">{t.columns.author}</th>
            <th scope="col" className="px-2 py-2 text-start">{t.columns.updated}</th>
            <th scope="col" className="px-2 py-2 text-start">{t.columns.published}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-rule align-top">
              <td className="px-2 py-2">
                <Link href={`/admin/articles/${item.id}`} lang={item.locale} dir="auto" className="font-semibold hover:text-accent hover:underline">
                  {item.title}
                </Link>
                <a href={`/${item.locale}/preview/${item.id}`} className="ms-2 text-xs text-muted hover:underline" aria-label={`${t.preview}: ${item.title}`}>
                  {t.preview}
                </a>
              </td>
              <td className="px-2 py-2">{a.statuses[item.deleted ? 'trash' : item.status]}</td>
              <td className="px-2 py-2" lang={item.locale}>{localeNames[item.locale]}</td>
              <td className="px-2 py-2">{item.section ?? '—'}</td>
              <td className="px-2 py-2">{item.author}</td>
              <td className="px-2 py-2 whitespace-nowrap">
                <time dateTime={item.updatedAt}>{formatDate(locale, item.updatedAt, true)}</time>
              </td>
              <td className="px-2 py-2 whitespace-nowrap">
                {item.publishedAt ? <time dateTime={item.publishedAt}>{formatDate(locale, item.publishedAt, true)}</time> : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
