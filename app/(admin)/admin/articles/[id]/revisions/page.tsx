import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RevisionDiff } from '@/components/admin/revision-diff';
import { Table } from '@/components/ui/table';
import { getDb } from '@/db';
import { getEditableArticle } from '@/lib/articles/admin';
import { isLive } from '@/lib/articles/live';
import { getRevision, listRevisions, type RevisionSummary } from '@/lib/articles/revisions';
import { canEditArticle } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import { getLiveMessages, type LiveMessages } from '@/lib/i18n/admin-live';
import type { Locale } from '@/lib/i18n/config';
import { fill, formatDate, formatNumber } from '@/lib/i18n/format';
import { parseRowId } from '@/lib/validation';
import { restoreRevisionAction } from '../../actions';

export const metadata: Metadata = { title: 'Revisions' };

function kindLabel(t: LiveMessages['revisions'], locale: Locale, r: Pick<RevisionSummary, 'kind' | 'restoredFrom'>) {
  return r.kind === 'revert' && r.restoredFrom
    ? fill(t.revertOf, { number: formatNumber(locale, r.restoredFrom) })
    : t.kinds[r.kind];
}

const buttonClass = 'inline-flex min-h-11 items-center rounded px-4 py-2 font-semibold';

/**
 * Every saved version of an article, numbered, with who made it, when and what kind of change it
 * was. Viewing one shows what restoring it would change; restoring takes a confirmation step
 * (rendered by the server, so it works without JavaScript) and is a new, conflict-checked save.
 */
export default async function RevisionsPage({ params, searchParams }: PageProps<'/admin/articles/[id]/revisions'>) {
  const { id: raw } = await params;
  const staff = await requirePagePermission('article.create', `/admin/articles/${encodeURIComponent(raw)}/revisions`);
  const id = parseRowId(raw);
  if (!id) notFound();
  const db = getDb();
  const query = await searchParams;
  const [article, revisions] = await Promise.all([getEditableArticle(db, staff, id), listRevisions(db, staff, id)]);
  if (!article || !revisions) notFound();
  const revisionId = parseRowId(query.rev);
  const selected = revisionId ? await getRevision(db, staff, id, revisionId) : null;
  const locale = staff.preferredLocale;
  const t = getEditorMessages(locale).revisions;
  const tl = getLiveMessages(locale).revisions;
  const editable = canEditArticle(staff, {
    authorId: article.author.id,
    status: article.status,
    deleted: article.deleted,
  });
  const live = isLive(article);
  const confirming = Boolean(selected && editable && query.confirm === '1');
  const error =
    query.error === 'conflict'
      ? t.conflict
      : query.error === 'failed'
        ? t.failed
        : query.error === 'live'
          ? tl.nowLive
          : null;
  const n = (value: number) => formatNumber(locale, value);
  const selectedSummary = selected ? revisions.find((r) => r.id === selected.id) : undefined;

  return (
    <main className="grid gap-6">
      <div>
        <Link href={`/admin/articles/${id}`} className="text-sm font-semibold text-accent hover:underline">
          {t.back}
        </Link>
        <h1 className="mt-2 text-2xl font-extrabold">
          {t.title}:{' '}
          <span dir="auto" lang={article.locale}>
            {article.title}
          </span>
        </h1>
      </div>
      {error && (
        <p role="alert" className="rounded border border-accent p-3 text-accent">
          {error}
        </p>
      )}
      {selected && (
        <section aria-labelledby="revision-heading" className="grid gap-4 rounded border border-rule bg-card p-5">
          <h2 id="revision-heading" className="text-lg font-extrabold">
            {confirming
              ? fill(tl.confirmTitle, { number: n(selected.number) })
              : fill(tl.label, { number: n(selected.number) })}{' '}
            · <time dateTime={selected.createdAt}>{formatDate(locale, selected.createdAt, true)}</time>
            {selectedSummary && (
              <>
                {' '}
                · {kindLabel(tl, locale, selectedSummary)} · {selectedSummary.author ?? t.unknownAuthor}
              </>
            )}
          </h2>
          {confirming && (
            <div className="grid gap-2">
              {live && <p className="font-semibold text-accent">{tl.confirmLive}</p>}
              <p>{tl.confirmBody}</p>
            </div>
          )}
          <RevisionDiff
            t={tl}
            articleLocale={article.locale}
            current={article}
            revision={selected}
            headingId="revision-diff"
          />
          {confirming ? (
            <form
              action={restoreRevisionAction.bind(null, id, selected.id)}
              className="flex flex-wrap items-center gap-3"
            >
              <input type="hidden" name="version" value={article.version} />
              <input type="hidden" name="confirm" value="1" />
              {live && <input type="hidden" name="live" value="1" />}
              <button type="submit" className={`${buttonClass} bg-accent text-accent-ink`}>
                {fill(tl.confirmAction, { number: n(selected.number) })}
              </button>
              <Link
                href={`/admin/articles/${id}/revisions?rev=${selected.id}`}
                className={`${buttonClass} border border-rule hover:border-accent`}
              >
                {getLiveMessages(locale).cancel}
              </Link>
            </form>
          ) : (
            editable && (
              <p className="flex flex-wrap items-center gap-3">
                <Link
                  href={`/admin/articles/${id}/revisions?rev=${selected.id}&confirm=1`}
                  className={`${buttonClass} border border-accent text-accent`}
                >
                  {fill(tl.start, { number: n(selected.number) })}
                </Link>
                <span className="text-sm text-muted">{t.restoreHint}</span>
              </p>
            )
          )}
          {!confirming && (
            <article lang={article.locale} dir="auto" className="border-t border-rule pt-4">
              <p className="text-2xl font-extrabold">{selected.title}</p>
              {selected.dek && <p className="mt-2 text-lg text-muted">{selected.dek}</p>}
              {/* Stored bodies went through the sanitizer on save. */}
              <div className="prose-article mt-4" dangerouslySetInnerHTML={{ __html: selected.body }} />
            </article>
          )}
        </section>
      )}
      {revisions.length === 0 ? (
        <p className="text-muted">{t.empty}</p>
      ) : (
        <Table
          padding="both"
          columns={[
            { key: 'number', label: tl.number },
            { key: 'when', label: tl.when },
            { key: 'author', label: tl.author },
            { key: 'kind', label: tl.kind },
            { key: 'view', label: <span className="sr-only">{t.view}</span> },
          ]}
        >
          {revisions.map((r) => (
            <tr
              key={r.id}
              className={`border-b border-rule ${r.id === selected?.id ? 'bg-card font-semibold' : ''}`}
              aria-current={r.id === selected?.id ? 'true' : undefined}
            >
              <td className="px-2 py-2">{fill(tl.label, { number: n(r.number) })}</td>
              <td className="px-2 py-2 whitespace-nowrap">
                <time dateTime={r.createdAt}>{formatDate(locale, r.createdAt, true)}</time>
              </td>
              <td className="px-2 py-2">{r.author ?? t.unknownAuthor}</td>
              <td className="px-2 py-2">{kindLabel(tl, locale, r)}</td>
              <td className="px-2 py-2">
                <Link
                  href={`/admin/articles/${id}/revisions?rev=${r.id}`}
                  className="inline-flex min-h-6 items-center text-accent hover:underline"
                  aria-label={fill(tl.view, { number: n(r.number) })}
                >
                  {t.view}
                </Link>
              </td>
            </tr>
          ))}
        </Table>
      )}
    </main>
  );
}
