import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCorrections } from '@/components/admin/article-corrections';
import { ArticleEditor } from '@/components/admin/article-editor';
import { valuesFrom } from '@/components/admin/article-form-values';
import { getDb } from '@/db';
import { readFormState } from '@/lib/admin/form-flash';
import { getEditableArticle } from '@/lib/articles/admin';
import { isLive } from '@/lib/articles/live';
import { getCorrectionsForEditor } from '@/lib/corrections';
import { getAdminCorrectionsMessages } from '@/lib/i18n/admin-corrections';
import { formatDate } from '@/lib/i18n/format';
import { getArticleChoices, listRecentCredits, listSectionChoices } from '@/lib/articles/list';
import { requirePagePermission } from '@/lib/auth/session';
import { getAdminMessages } from '@/lib/i18n/admin';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import { parseRowId } from '@/lib/validation';
import { addCorrectionAction } from '../corrections-actions';
import { editorActions } from '../editor-actions';
import { getEditorStrings } from '@/lib/i18n/editor-strings';

export const metadata: Metadata = { title: 'Edit article' };

const notices = ['submit', 'publish', 'schedule', 'unpublish', 'archive', 'trash', 'restore'] as const;

export default async function EditArticlePage({ params, searchParams }: PageProps<'/admin/articles/[id]'>) {
  const { id: raw } = await params;
  const staff = await requirePagePermission('article.create', `/admin/articles/${encodeURIComponent(raw)}`);
  const id = parseRowId(raw);
  if (!id) notFound();
  const db = getDb();
  const article = await getEditableArticle(db, staff, id);
  if (!article) notFound();
  const [related, sections, query, corrections, recentCredits] = await Promise.all([
    getArticleChoices(db, staff, article.relatedIds),
    listSectionChoices(db, staff),
    searchParams,
    // Editors and admins correct a story readers can see now (lib/corrections).
    isLive(article) && article.kind === 'story' ? getCorrectionsForEditor(db, staff, article.id) : null,
    listRecentCredits(db, staff),
  ]);
  const kept = await readFormState(typeof query.flash === 'string' ? query.flash : undefined);
  const t = getEditorMessages(staff.preferredLocale);
  const notice = notices.find((n) => n === query.notice);
  const initialNotice = notice
    ? t.workflow.done[notice]
    : query.notice === 'saved'
      ? getAdminMessages(staff.preferredLocale).saved
      : query.restored
        ? t.revisions.restored
        : undefined;
  return (
    <main>
      <ArticleEditor
        key={article.id}
        adminLocale={staff.preferredLocale}
        strings={getEditorStrings(staff.preferredLocale)}
        actor={{ id: staff.id, role: staff.role }}
        actions={editorActions}
        initial={article}
        initialValues={valuesFrom(article, related)}
        relatedChoices={related}
        sections={sections}
        recentCredits={recentCredits}
        initialNotice={initialNotice}
      />
      {corrections && (
        <ArticleCorrections
          action={addCorrectionAction.bind(null, article.id)}
          corrections={corrections.map((c) => ({ ...c, date: formatDate(staff.preferredLocale, c.createdAt, true) }))}
          storyLocale={article.locale}
          initialState={kept?.key === 'correction' ? kept.state : undefined}
          t={getAdminCorrectionsMessages(staff.preferredLocale)}
        />
      )}
    </main>
  );
}
