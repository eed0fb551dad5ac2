import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/site/article-view';
import { ArticleFeedLinks } from '@/components/site/feed-links';
import { CommentForm } from '@/components/site/comment-form';
import { JsonLd } from '@/components/site/json-ld';
import { MostReadBox } from '@/components/site/most-read';
import { ViewBeacon } from '@/components/site/view-beacon';
import { areCommentsOpen } from '@/lib/comments/public';
import { postComment } from './actions';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { getApprovedComments, getArticle } from '@/lib/articles';
import { getCommentMessages } from '@/lib/i18n/comment-messages';
import { isLocale } from '@/lib/i18n/config';
import { BUILD_SENTINEL, requireLocale, requireSlug } from '@/lib/i18n/params';
import { getMessages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';
import { getIdentity } from '@/lib/identity';
import { articleMetadata } from '@/lib/seo/article-metadata';
import { articleStructuredData } from '@/lib/seo/structured-data';
import { normalizeSlugParam } from '@/lib/slug';
import { siteTimeZone } from '@/lib/i18n/format';
import { tooLargeMessage } from '@/lib/request-limits';

export function generateStaticParams() {
  return [{ slug: BUILD_SENTINEL }];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/article/[slug]'>): Promise<Metadata> {
  const { locale, slug: raw } = await params;
  const slug = normalizeSlugParam(raw);
  if (!isLocale(locale) || !slug) return {};
  // The page's own cached read: no second query, and an unknown slug stays the page's 404.
  const [article, identity] = await Promise.all([getArticle(locale, slug), getIdentity()]);
  if (!article) return {};
  return articleMetadata(article, identity);
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/article/[slug]'>) {
  const { locale: rawLocale, slug: rawSlug } = await params;
  const locale = requireLocale(rawLocale);
  const slug = requireSlug(rawSlug);
  const article = await getArticle(locale, slug);
  if (!article) notFound();
  const comments = await getApprovedComments(article.id);
  const commentsOpen = await areCommentsOpen(article.commentsOpen, article.publishedAt);
  const alternates = article.translations.map((tr) => ({
    locale: tr.locale,
    href: routes.article(tr.locale, tr.slug),
  }));

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} currentSection={article.section?.id} />
      <ArticleFeedLinks locale={locale} article={article} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <ArticleView
          article={article}
          comments={comments}
          locale={locale}
          commentsOpen={commentsOpen}
          afterRelated={<MostReadBox locale={locale} className="mx-auto mt-12 max-w-3xl" />}
          commentForm={
            <CommentForm
              locale={locale}
              t={getCommentMessages(locale)}
              tooLargeMessage={tooLargeMessage(locale)}
              articleId={article.id}
              timeZone={siteTimeZone()}
              action={postComment.bind(null, { articleId: article.id, locale, slug: article.slug })}
              permalink={`${routes.article(locale, article.slug)}#respond`}
              interceptReplies
            />
          }
        />
        <ViewBeacon articleId={article.id} />
      </main>
      <SiteFooter locale={locale} />
      <JsonLd data={articleStructuredData(article, getMessages(locale).home, await getIdentity())} />
    </>
  );
}
