import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ArticleView } from '@/components/site/article-view';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { getDb } from '@/db';
import { getArticlePreview } from '@/lib/articles/preview';
import { getStaff } from '@/lib/auth/session';
import { getAdminMessages } from '@/lib/i18n/admin';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import { requireLocale } from '@/lib/i18n/params';
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
  const preview = await getArticlePreview(getDb(), staff, id);
  if (!preview) notFound();
  const { article, comments, status, deleted } = preview;
  // The article's own language decides the page; a URL in another locale goes to the right one.
  if (article.locale !== locale) redirect(`/${article.locale}/preview/${id}`);
  const t = getEditorMessages(locale);
  const statusName = getAdminMessages(locale).statuses[deleted ? 'trash' : status];
  const alternates = article.translations.map((tr) => ({
    locale: tr.locale,
    href: routes.article(tr.locale, tr.slug),
  }));

  return (
    <>
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
      <SiteHeader locale={locale} alternates={alternates} currentSection={article.section?.id} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <ArticleView article={article} comments={comments} locale={locale} />
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
