import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ArticleView } from '@/components/site/article-view';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { StaticPageScreen } from '@/components/site/static-page-view';
import { getDb } from '@/db';
import { getArticlePreview } from '@/lib/articles/preview';
import { getStaff, type Staff } from '@/lib/auth/session';
import { getAdminMessages } from '@/lib/i18n/admin';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import type { Locale } from '@/lib/i18n/config';
import { requireLocale } from '@/lib/i18n/params';
import { getArticleKind, loadStaticPage } from '@/lib/pages/queries';
import { routes } from '@/lib/routes';

// Per request and per person: shows unpublished text to the staff who may see it.
export const instant = false;

export const metadata: Metadata = { robots: 'noindex' };

export default async function PreviewPage({ params }: PageProps<'/[locale]/preview/[id]'>) {
  const { locale: rawLocale, id: rawId } = await params;
  const locale = requireLocale(rawLocale);
  if (!/^[1-9][0-9]{0,9}$/.test(rawId) || Number(rawId) > 2_147_483_647) notFound();
  const id = Number(rawId);
  const staff = await getStaff();
  if (!staff) redirect(`/admin/login?from=${encodeURIComponent(`/admin/articles/${id}`)}`);
  const db = getDb();
  if ((await getArticleKind(db, id)) === 'page') return <PagePreview locale={locale} staff={staff} id={id} />;
  const preview = await getArticlePreview(db, staff, id);
  if (!preview) notFound();
  const { article, comments, status, deleted } = preview;
  // The article's own language decides the page; a URL in another locale goes to the right one.
  if (article.locale !== locale) redirect(`/${article.locale}/preview/${id}`);
  const statusName = getAdminMessages(locale).statuses[deleted ? 'trash' : status];
  const alternates = article.translations.map((tr) => ({
    locale: tr.locale,
    href: routes.article(tr.locale, tr.slug),
  }));

  return (
    <>
      <PreviewNote locale={locale} statusName={statusName} />
      <SiteHeader locale={locale} alternates={alternates} currentSection={article.section?.id} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <ArticleView article={article} comments={comments} locale={locale} />
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}

/** The banner that says this is a preview, and the article's status. */
function PreviewNote({ locale, statusName }: { locale: Locale; statusName: string }) {
  const t = getEditorMessages(locale);
  return (
    <div
      role="note"
      aria-label={t.editor.preview}
      className="border-b-4 border-accent bg-ink px-4 py-3 text-center text-paper"
    >
      <strong className="me-2 uppercase">{t.editor.preview}</strong>
      <span>{t.preview.banner}</span>{' '}
      <span className="whitespace-nowrap">
        ({t.preview.status}: {statusName})
      </span>
    </div>
  );
}

/** A static page's preview: the page as readers will see it, in any status. */
async function PagePreview({ locale, staff, id }: { locale: Locale; staff: Staff; id: number }) {
  const loaded = await loadStaticPage(getDb(), { readers: false, actor: staff, id });
  if (!loaded) notFound();
  const { page, status, deleted } = loaded;
  if (page.locale !== locale) redirect(`/${page.locale}/preview/${id}`);
  const statusName = getAdminMessages(locale).statuses[deleted ? 'trash' : status];
  return (
    <>
      <PreviewNote locale={locale} statusName={statusName} />
      <StaticPageScreen page={page} locale={locale} />
    </>
  );
}
