import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { restoreRevisionAction } from '@/app/(admin)/admin/articles/actions';
import { getDb } from '@/db';
import { getEditableArticle, getRevision, listRevisions } from '@/lib/articles/admin';
import { canEditArticle } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import { formatDate, formatNumber } from '@/lib/i18n/format';

export const metadata: Metadata = { title: 'Revisions' };

const digits = (raw: unknown) => (typeof raw === 'string' && /^[1-9][0-9]{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null);

/** Every saved version of an article; one can be viewed and restored (as a new, conflict-checked save). */
export default async function RevisionsPage({ params, searchParams }: PageProps<'/admin/articles/[id]/revisions'>) {
  const { id: raw } = await params;
  const staff = await requirePagePermission('article.create', `/admin/articles/${encodeURIComponent(raw)}/revisions`);
  const id = digits(raw);
  if (!id) notFound();
  const db = getDb();
  const query = await searchParams;
  const [article, revisions] = await Promise.all([getEditableArticle(db, staff, id), listRevisions(db, staff, id)]);
  if (!article || !revisions) notFound();
  const revisionId = digits(query.rev);
  const selected = revisionId ? await getRevision(db, staff, id, revisionId) : null;
  const locale = staff.preferredLocale;
  const t = getEditorMessages(locale).revisions;
  const editable = canEditArticle(staff, { authorId: article.author.id, status: article.status, deleted: article.deleted });
  const error = query.error === 'conflict' ? t.conflict : query.error === 'failed' ? t.failed : null;

  return (
    <main className="grid gap-6">
      <div>
        <Link href={`/admin/articles/${id}`} className="text-sm font-semibold text-accent hover:underline">
          {t.back}
        </Link>
        <h1 className="mt-2 text-2xl font-extrabold">
          {t.title}: <span dir="auto" lang={article.locale}>{article.title}</span>
        </h1>
      </div>
      {error && (
        <p role="alert" className="rounded border border-accent p-3 text-accent">
          {error}
        </p>
      )}
      {revisions.length === 0 ? (
        <p className="text-muted">{t.empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-rule">
                <th scope="col" className="px-2 py-2 text-start">{t.version}</th>
                <th scope="col" className="px-2 py-2 text-start">{t.time}</th>
                <th scope="col" className="px-2 py-2 text-start">{t.author}</th>
                <th scope="col" className="px-2 py-2 text-start">{t.kind}</th>
                <th scope="col" className="px-2 py-2 text-start"><span className="sr-only">{t.view}</span></th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr key={r.id} className={`border-b border-rule ${r.id === selected?.id ? 'bg-card font-semibold' : ''}`} aria-current={r.id === selected?.id ? 'true' : undefined}>
                  <td className="px-2 py-2">{formatNumber(locale, r.version)}</td>
                  <td className="px-2 py-2 whitespace-nowrap">
                    <time dateTime={r.createdAt}>{formatDate(locale, r.createdAt, true)}</time>
                  </td>
                  <td className="px-2 py-2">{r.author ?? t.unknownAuthor}</td>
                  <td className="px-2 py-2">{r.autosave ? t.autosave : t.manual}</td>
                  <td className="px-2 py-2">
                    <Link href={`/admin/articles/${id}/revisions?rev=${r.id}`} className="text-accent hover:underline" aria-label={`${t.view}: ${t.viewing(formatNumber(locale, r.version))}`}>
                      {t.view}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {selected && (
        <section aria-labelledby="revision-heading" className="rounded border border-rule bg-card p-5">
          <h2 id="revision-heading" className="text-lg font-extrabold">
            {t.viewing(formatNumber(locale, selected.version))} · <time dateTime={selected.createdAt}>{formatDate(locale, selected.createdAt, true)}</time>
          </h2>
          {editable && (
            <form action={restoreRevisionAction.bind(null, id, selected.id)} className="mt-3 flex flex-wrap items-center gap-3">
              <input type="hidden" name="version" value={article.version} />
              <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-accent-ink">
                {t.restore}
              </button>
              <span className="text-sm text-muted">{t.restoreHint}</span>
            </form>
          )}
          <article lang={article.locale} dir="auto" className="mt-5 border-t border-rule pt-4">
            <p className="text-2xl font-extrabold">{selected.title}</p>
            {selected.dek && <p className="mt-2 text-lg text-muted">{selected.dek}</p>}
            {/* Stored bodies went through the sanitizer on save. */}
            <div className="prose-article mt-4" dangerouslySetInnerHTML={{ __html: selected.body }} />
          </article>
        </section>
      )}
    </main>
  );
}
