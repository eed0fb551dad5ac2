'use client';

import Link from 'next/link';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { EditableArticle } from '@/lib/articles/admin';
import type { ArticleKind } from '@/lib/articles/kind';
import type { Locale } from '@/lib/i18n/config';
import { routes } from '@/lib/routes';
import { fill } from '@/lib/i18n/format';
import type { EditorStrings } from '@/lib/i18n/editor-strings';
import { useEditorStrings } from './editor/editor-strings';

/** Title, status, links (preview, revisions, live page), save status and messages. */
export function ArticleEditorHeader({
  idp,
  adminLocale,
  article,
  kind,
  readOnly,
  dirty,
  live,
  notice,
}: {
  idp: string;
  adminLocale: Locale;
  article: EditableArticle | null;
  kind: ArticleKind;
  readOnly: boolean;
  dirty: boolean;
  live: string;
  notice: { kind: 'error' | 'success'; text: string } | null;
}) {
  const strings = useEditorStrings();
  const t = strings.editor;
  const statuses = strings.admin.statuses;
  // Dates in the browser's own time zone, after hydration (the server may sit in another one).
  const hydrated = useHydrated();
  const when = hydrated ? publicationLine(article, adminLocale, strings) : null;

  return (
    <header className="grid gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 id={`${idp}-heading`} className="text-2xl font-extrabold">
          {kind === 'page'
            ? article
              ? t.editor.editPageTitle
              : t.editor.newPageTitle
            : article
              ? t.editor.editTitle
              : t.editor.newTitle}
        </h1>
        {article && (
          <nav aria-label={t.editor.fields} className="flex flex-wrap gap-4 text-sm font-semibold">
            <a
              href={`/${article.locale}/preview/${article.id}`}
              target="_blank"
              rel="noopener"
              className="text-accent hover:underline"
            >
              {t.editor.preview}
            </a>
            <Link href={`/admin/articles/${article.id}/revisions`} className="text-accent hover:underline">
              {t.editor.revisions}
            </Link>
            {article.status === 'published' && !article.deleted && (
              <a
                href={
                  article.kind === 'page'
                    ? routes.page(article.locale, article.slug)
                    : routes.article(article.locale, article.slug)
                }
                target="_blank"
                rel="noopener"
                className="text-accent hover:underline"
              >
                {t.editor.viewLive}
              </a>
            )}
          </nav>
        )}
      </div>
      <p className="flex flex-wrap gap-x-4 text-sm">
        <span>
          {t.editor.status}:{' '}
          <strong>{article ? statuses[article.deleted ? 'trash' : article.status] : statuses.draft}</strong>
        </span>
        {when && <span>{when}</span>}
        {dirty && <span className="text-accent">{t.editor.unsaved}</span>}
        <span role="status" aria-live="polite" className="text-muted">
          {live}
        </span>
      </p>
      {article?.deleted && <p className="rounded border border-rule bg-card p-3">{t.editor.inTrash}</p>}
      {notice && (
        <p
          role={notice.kind === 'error' ? 'alert' : 'status'}
          className={`rounded border p-3 ${notice.kind === 'error' ? 'border-accent text-accent' : 'border-rule bg-card'}`}
        >
          {notice.text}
        </p>
      )}
      {readOnly && !article?.deleted && <p className="rounded border border-rule bg-card p-3">{t.editor.readOnly}</p>}
    </header>
  );
}

/** "Published on …" (with "Updated …" after later changes) or "Scheduled for …", in the browser's time zone. */
function publicationLine(article: EditableArticle | null, adminLocale: Locale, strings: EditorStrings): string | null {
  const t = strings.editor;
  const first = article?.firstPublishedAt ?? article?.publishedAt;
  const shown = article?.status === 'scheduled' ? article.publishedAt : article?.status === 'published' ? first : null;
  if (!article || !shown) return null;
  const format = (iso: string) =>
    new Intl.DateTimeFormat(adminLocale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
  if (article.status === 'scheduled') return fill(t.editor.scheduledFor, { date: format(shown) });
  // The first publication stays; later changes show as "Updated", as readers see them.
  const updated = Date.parse(article.updatedAt) - Date.parse(shown) > 60_000;
  return `${fill(t.editor.publishedOn, { date: format(shown) })}${updated ? ` · ${fill(strings.live.updatedOn, { date: format(article.updatedAt) })}` : ''}`;
}
