import type { Metadata } from 'next';
import { ArticleEditor } from '@/components/admin/article-editor';
import { emptyValues } from '@/components/admin/article-form-values';
import { getDb } from '@/db';
import { getArticleChoices, listRecentCredits, listSectionChoices } from '@/lib/articles/list';
import { requirePagePermission } from '@/lib/auth/session';
import { isLocale } from '@/lib/i18n/config';
import { parseRowId } from '@/lib/validation';
import { editorActions } from '../editor-actions';
import { getEditorStrings } from '@/lib/i18n/editor-strings';

export const metadata: Metadata = { title: 'New article' };

/** `?locale=ar&translationOf=12` starts a translation of article 12 in Arabic. */
export default async function NewArticlePage({ searchParams }: PageProps<'/admin/articles/new'>) {
  const staff = await requirePagePermission('article.create', '/admin/articles/new');
  const query = await searchParams;
  const db = getDb();
  const locale = isLocale(query.locale) ? query.locale : staff.preferredLocale;
  const sourceId = parseRowId(query.translationOf);
  const [sections, sources, recentCredits] = await Promise.all([
    listSectionChoices(db, staff),
    sourceId ? getArticleChoices(db, staff, [sourceId]) : [],
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
        initialValues={emptyValues(locale, source)}
        relatedChoices={[]}
        sections={sections}
        recentCredits={recentCredits}
      />
    </main>
  );
}
