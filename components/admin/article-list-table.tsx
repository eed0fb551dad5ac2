import Link from 'next/link';
import type { ReactNode } from 'react';
import { rowClass, Table } from '@/components/ui/table';
import type { ArticleKind } from '@/lib/articles/kind';
import type { AdminListItem } from '@/lib/articles/list';
import { localeNames, type Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import { getAdminMessages } from '@/lib/i18n/admin';
import { getEditorMessages } from '@/lib/i18n/admin-editor';

type Column = 'status' | 'language' | 'section' | 'author' | 'updated' | 'published';
const storyColumns: Column[] = ['status', 'language', 'section', 'author', 'updated', 'published'];
/** Pages have no section. */
const pageColumns: Column[] = ['status', 'language', 'author', 'updated', 'published'];

/**
 * The dashboard's stories: a table where the list is wide enough for seven columns, a list of
 * cards (title first) where it is not. Which one shows is a container query, and the other is
 * display:none, so screen readers meet exactly one. Words never break inside: the page's
 * `overflow-wrap: anywhere` would let a table cell shrink to one letter, so the list uses
 * `break-word`, which wraps only a word longer than the whole line.
 */
export function ArticleListTable({
  locale,
  items,
  kind = 'story',
  caption,
}: {
  locale: Locale;
  items: AdminListItem[];
  kind?: ArticleKind;
  /** The list's name for screen readers (the dashboard's title by default). */
  caption?: string;
}) {
  const t = getEditorMessages(locale).list;
  const columns = kind === 'page' ? pageColumns : storyColumns;
  const name = caption ?? t.title;
  const a = getAdminMessages(locale);
  if (items.length === 0) return <p className="mt-6 text-muted">{t.empty}</p>;

  const cell = (item: AdminListItem, column: Column): ReactNode => {
    switch (column) {
      case 'status':
        return a.statuses[item.deleted ? 'trash' : item.status];
      case 'language':
        return <span lang={item.locale}>{localeNames[item.locale]}</span>;
      case 'section':
        return item.section ?? '—';
      case 'author':
        return item.author;
      case 'updated':
        return <time dateTime={item.updatedAt}>{formatDate(locale, item.updatedAt, true)}</time>;
      case 'published':
        return item.publishedAt ? (
          <time dateTime={item.publishedAt}>{formatDate(locale, item.publishedAt, true)}</time>
        ) : (
          '—'
        );
    }
  };
  const title = (item: AdminListItem) => (
    <>
      <Link
        href={`/admin/articles/${item.id}`}
        lang={item.locale}
        dir="auto"
        className="font-semibold hover:text-accent hover:underline"
      >
        {item.title}
      </Link>
      <a
        href={`/${item.locale}/preview/${item.id}`}
        className="ms-2 inline-block text-xs text-muted hover:underline"
        aria-label={`${t.preview}: ${item.title}`}
      >
        {t.preview}
      </a>
    </>
  );

  return (
    <div className="@container mt-4 wrap-break-word" data-testid="article-list">
      <Table
        caption={name}
        captionClassName="sr-only"
        className="hidden @4xl:table"
        scroll={false}
        padding="both"
        columns={[
          { key: 'title', label: t.columns.title, className: 'min-w-56' },
          ...columns.map((column) => ({ key: column, label: t.columns[column] })),
        ]}
      >
        {items.map((item) => (
          <tr key={item.id} className={rowClass}>
            <td className="px-2 py-2" data-cell="title">
              {title(item)}
            </td>
            {columns.map((column) => (
              <td key={column} className="px-2 py-2" data-cell={column}>
                {cell(item, column)}
              </td>
            ))}
          </tr>
        ))}
      </Table>
      <ul aria-label={name} className="divide-y divide-rule border-y border-rule @4xl:hidden">
        {items.map((item) => (
          <li key={item.id} className="py-3" data-card>
            <p className="text-base" data-cell="title">
              {title(item)}
            </p>
            <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-sm">
              {columns.map((column) => (
                <div key={column} className="flex gap-1" data-cell={column}>
                  <dt className="text-muted">{t.columns[column]}:</dt>
                  <dd>{cell(item, column)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
