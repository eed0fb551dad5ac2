import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { ArticleEditor } from '@/components/admin/article-editor';
import { emptyValues } from '@/components/admin/article-form-values';
import { getDb } from '@/db';
import { getArticleChoices, listRecentCredits, listSectionChoices } from '@/lib/articles/list';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { isLocale } from '@/lib/i18n/config';
import { parseRowId } from '@/lib/validation';
import { editorActions } from '../editor-actions';
import { getEditorStrings } from '@/lib/i18n/editor-strings';

export const metadata: Metadata = { title: 'New article' };

/**
 * `?locale=ar&translationOf=12` starts a translation of article 12 in Arabic; `?kind=page` a
 * static page (editors and admins).
 */
export default async function NewArticlePage({ searchParams }: PageProps<'/admin/articles/new'>) {
  const staff = await requirePagePermission('article.create', '/admin/articles/new');
  const query = await searchParams;
  const db = getDb();
  const locale = isLocale(query.locale) ? query.locale : staff.preferredLocale;
  const sourceId = parseRowId(query.translationOf);
  const kind = query.kind === 'page' ? 'page' : 'story';
  if (kind === 'page' && !can(staff.role, 'pages.manage')) forbidden();
  const [sections, sources, recentCredits] = await Promise.all([
    listSectionChoices(db, staff),
    sourceId ? getArticleChoices(db, staff, [sourceId], kind) : [],
    listRecentCredits(db, staff),
  ]);
  const source = sources.find((s) => s.locale !== locale) ?? null;
  return (
    <main>
      <ArticleEditor
        adminLocale={staff.preferredLocale}
        strings={getEditorStrings(staff.preferredLocale)}
        actor={{ id: staff.id, role: staff.role }}
        actions={editorActions}
        initial={null}
        initialValues={emptyValues(locale, source, kind)}
        relatedChoices={[]}
        sections={sections}
        recentCredits={recentCredits}
      />
    </main>
  );
}
