import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { AdminPagination } from '@/components/admin/staff-pagination';
import { TagCreateForm } from '@/components/admin/tag-create-form';
import { TagMergeForm } from '@/components/admin/tag-merge-form';
import { TagRenameForm } from '@/components/admin/tag-rename-form';
import { Button } from '@/components/ui/button';
import { Field, filterInputClass } from '@/components/ui/field';
import { rowClass, Table } from '@/components/ui/table';
import { getDb } from '@/db';
import { getAdminContext } from '@/lib/auth/admin-context';
import { requirePagePermission } from '@/lib/auth/session';
import { fill, getStaffScreensMessages } from '@/lib/i18n/admin-staff';
import { localeNames, locales } from '@/lib/i18n/config';
import { formatNumber } from '@/lib/i18n/format';
import { listTagOptions, listTagsAdmin } from '@/lib/tags';
import { createTagAction, mergeTagsAction, renameTagAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getAdminContext();
  return { title: getStaffScreensMessages(locale).tags.title };
}

const tagColumns = ['select', 'name', 'slug', 'articles', 'actions'] as const;
const MERGE_FORM_ID = 'tag-merge-form';
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function TagsPage({ searchParams }: PageProps<'/admin/tags'>) {
  const actor = await requirePagePermission('taxonomy.manage', '/admin/tags');
  const uiLocale = actor.preferredLocale;
  const t = getStaffScreensMessages(uiLocale);
  const raw = await searchParams;
  const locale = z.enum(locales).catch(uiLocale).parse(one(raw.locale));
  const query = z
    .string()
    .trim()
    .max(100)
    .catch('')
    .parse(one(raw.q) ?? '');
  const page = z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .catch(1)
    .parse(one(raw.page) ?? 1);
  const db = getDb();
  const [list, options] = await Promise.all([
    listTagsAdmin(db, actor, { locale, page, query }),
    listTagOptions(db, actor, locale),
  ]);
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-extrabold">{t.tags.title}</h1>
      <p className="text-muted">{t.tags.intro}</p>
      <TagCreateForm t={t} locale={locale} createAction={createTagAction} />
      <nav aria-label={t.tags.languages}>
        <ul className="flex gap-2 text-sm font-semibold">
          {locales.map((l) => (
            <li key={l}>
              <Link
                href={`/admin/tags?locale=${l}`}
                lang={l}
                aria-current={l === locale ? 'page' : undefined}
                className="block rounded border border-rule px-3 py-1 aria-[current=page]:border-accent aria-[current=page]:text-accent"
              >
                {localeNames[l]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/admin/tags" role="search" className="flex items-end gap-2 text-sm">
        <input type="hidden" name="locale" value={locale} />
        <Field id="tag-search" label={t.tags.searchLabel}>
          {(p) => <input {...p} name="q" type="search" defaultValue={query} dir="auto" className={filterInputClass} />}
        </Field>
        <Button type="submit" variant="secondary" size="sm">
          {t.tags.search}
        </Button>
      </form>
      {options.length > 1 && <TagMergeForm id={MERGE_FORM_ID} t={t} options={options} mergeAction={mergeTagsAction} />}
      {list.items.length === 0 ? (
        <p>{t.tags.empty}</p>
      ) : (
        <Table
          caption={fill(t.tags.listCaption, { language: localeNames[locale] })}
          columns={tagColumns.map((key) => ({ key, label: t.tags.columns[key] }))}
          bodyLang={locale}
        >
          {list.items.map((tag) => (
            <tr key={tag.id} className={rowClass}>
              <td className="py-2 pe-3">
                <input
                  type="checkbox"
                  name="sourceIds"
                  value={tag.id}
                  form={MERGE_FORM_ID}
                  aria-label={fill(t.tags.selectTag, { name: tag.name })}
                  className="size-4"
                />
              </td>
              <th scope="row" className="py-2 pe-3 text-start font-semibold" dir="auto">
                {tag.name}
              </th>
              <td className="py-2 pe-3" dir="auto">
                {tag.slug}
              </td>
              <td className="py-2 pe-3">{formatNumber(uiLocale, tag.articleCount)}</td>
              <td className="py-2">
                <TagRenameForm
                  tag={{ id: tag.id, name: tag.name, slug: tag.slug }}
                  action={renameTagAction.bind(null, tag.id)}
                  t={t}
                />
              </td>
            </tr>
          ))}
        </Table>
      )}
      <AdminPagination
        basePath="/admin/tags"
        params={{ locale, q: query || undefined }}
        page={list.page}
        pageCount={list.pageCount}
        locale={uiLocale}
        t={t}
      />
    </main>
  );
}
