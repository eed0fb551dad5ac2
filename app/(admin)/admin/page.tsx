import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, redirect } from 'next/navigation';
import { z } from 'zod';
import { ArticleListFilters } from '@/components/admin/article-list-filters';
import { ArticleListTable } from '@/components/admin/article-list-table';
import { ArticleStatusTabs, listStatuses, type ListStatus } from '@/components/admin/article-status-tabs';
import { getDb } from '@/db';
import { listArticlesForAdmin, listAuthorChoices, listSectionChoices } from '@/lib/articles/list';
import { getAdminContext } from '@/lib/auth/admin-context';
import { can } from '@/lib/auth/permissions';
import { getStaff } from '@/lib/auth/session';
import { getAdminMessages } from '@/lib/i18n/admin';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import { locales } from '@/lib/i18n/config';
import { fill, formatNumber, plural } from '@/lib/i18n/format';
import { rowIdParam } from '@/lib/validation';

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getAdminContext();
  return { title: getEditorMessages(locale).list.title };
}

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(one, schema.optional().catch(undefined));
const querySchema = z.object({
  status: optional(z.enum(listStatuses)),
  locale: optional(z.enum(locales)),
  section: optional(rowIdParam),
  author: optional(rowIdParam),
  q: optional(z.string().trim().max(200)),
  sort: z.preprocess(one, z.enum(['updated', 'published', 'title']).catch('updated')),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(10_000).catch(1)),
});
type Query = z.output<typeof querySchema>;

function listHref(query: Query, change: Partial<Query>): string {
  const next: Record<string, unknown> = { ...query, page: 1, ...change };
  const params = new URLSearchParams();
  for (const key of ['status', 'locale', 'section', 'author', 'q', 'sort', 'page'] as const) {
    const value = next[key];
    if (
      value === undefined ||
      value === '' ||
      (key === 'sort' && value === 'updated') ||
      (key === 'page' && value === 1)
    )
      continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/admin?${search}` : '/admin';
}

export default async function ArticlesDashboard({ searchParams }: PageProps<'/admin'>) {
  const staff = await getStaff();
  if (!staff) redirect('/admin/login');
  if (!can(staff.role, 'article.create')) {
    // Moderators land here after sign-in: their work is the comment queue.
    if (can(staff.role, 'comments.moderate')) redirect('/admin/comments');
    forbidden();
  }
  const query = querySchema.parse(await searchParams);
  const locale = staff.preferredLocale;
  const t = getEditorMessages(locale).list;
  const db = getDb();
  const [list, sections, authors] = await Promise.all([
    listArticlesForAdmin(db, staff, {
      status: query.status,
      locale: query.locale,
      sectionId: query.section,
      authorId: query.author,
      q: query.q,
      sort: query.sort,
      page: query.page,
    }),
    listSectionChoices(db, staff),
    listAuthorChoices(db, staff),
  ]);
  const sectionOptions = sections.map((s) => ({
    id: s.id,
    name: s.names[locale] ?? Object.values(s.names)[0] ?? String(s.id),
  }));

  return (
    <main>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-extrabold">{t.title}</h1>
        <Link href="/admin/articles/new" className="rounded bg-accent px-4 py-2 font-semibold text-accent-ink">
          {getAdminMessages(locale).nav.newArticle}
        </Link>
      </div>
      <div className="mt-4">
        <ArticleStatusTabs
          locale={locale}
          current={query.status as ListStatus | undefined}
          counts={list.counts}
          hrefFor={(status) => listHref(query, { status })}
        />
      </div>
      <ArticleListFilters locale={locale} values={query} sections={sectionOptions} authors={authors} />
      <p className="mt-4 text-sm text-muted" role="status">
        {plural(locale, list.total, t.count)}
      </p>
      <ArticleListTable locale={locale} items={list.items} />
      {list.pageCount > 1 && (
        <nav
          aria-label={t.pagination}
          className="mt-6 flex items-center justify-between gap-4 border-t border-rule pt-4 text-sm"
        >
          {list.page > 1 ? (
            <Link
              href={listHref(query, { page: list.page - 1 })}
              rel="prev"
              className="font-semibold hover:text-accent"
            >
              {t.previous}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-muted">
            {fill(t.pageOf, { page: formatNumber(locale, list.page), total: formatNumber(locale, list.pageCount) })}
          </span>
          {list.page < list.pageCount ? (
            <Link
              href={listHref(query, { page: list.page + 1 })}
              rel="next"
              className="font-semibold hover:text-accent"
            >
              {t.next}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </main>
  );
}
