import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleListTable } from '@/components/admin/article-list-table';
import { getDb } from '@/db';
import { listArticlesForAdmin } from '@/lib/articles/list';
import { getAdminContext } from '@/lib/auth/admin-context';
import { requirePagePermission } from '@/lib/auth/session';
import { getAdminMessages } from '@/lib/i18n/admin';
import { getAdminMenusMessages } from '@/lib/i18n/admin-menus';

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getAdminContext();
  return { title: getAdminMessages(locale).nav.pages };
}

/**
 * The static pages in every language, by title; each opens in the article editor. `?trash`
 * lists the trashed ones, which the editor restores.
 */
export default async function PagesList({ searchParams }: PageProps<'/admin/pages'>) {
  const staff = await requirePagePermission('pages.manage', '/admin/pages');
  const locale = staff.preferredLocale;
  const t = getAdminMenusMessages(locale).pages;
  const a = getAdminMessages(locale);
  const trash = (await searchParams).trash !== undefined;
  const title = trash ? `${a.nav.pages} (${a.statuses.trash})` : a.nav.pages;
  const list = await listArticlesForAdmin(getDb(), staff, {
    kind: 'page',
    status: trash ? 'trash' : undefined,
    sort: 'title',
    pageSize: 200,
  });
  return (
    <main>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-extrabold">{title}</h1>
        <Link
          href="/admin/articles/new?kind=page"
          className="rounded bg-accent px-4 py-2 font-semibold text-accent-ink"
        >
          {t.newPage}
        </Link>
      </div>
      <p className="mt-3 max-w-prose text-muted">{t.intro}</p>
      <p className="mt-2 text-sm">
        <Link href={trash ? '/admin/pages' : '/admin/pages?trash'} className="text-accent underline">
          {trash ? a.nav.pages : a.statuses.trash}
        </Link>
      </p>
      {list.total === 0 ? (
        <p className="mt-6 text-muted">{t.empty}</p>
      ) : (
        <>
          <ArticleListTable locale={locale} items={list.items} kind="page" caption={title} />
        </>
      )}
    </main>
  );
}
