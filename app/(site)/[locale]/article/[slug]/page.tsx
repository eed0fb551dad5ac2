import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/site/article-view';
import { ArticleFeedLinks } from '@/components/site/feed-links';
import { CommentForm } from '@/components/site/comment-form';
import { areCommentsOpen } from '@/lib/comments/public';
import { postComment } from './actions';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { getApprovedComments, getArticle } from '@/lib/articles';
import { getCommentMessages } from '@/lib/i18n/comment-messages';
import { isLocale } from '@/lib/i18n/config';
import { BUILD_SENTINEL, requireLocale, requireSlug } from '@/lib/i18n/params';
import { absoluteUrl, routes } from '@/lib/routes';
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
  const article = await getArticle(locale, slug);
  if (!article) return {};
  const self = routes.article(locale, article.slug);
  const languages: Record<string, string> = { [locale]: self };
  for (const translation of article.translations)
    languages[translation.locale] = routes.article(translation.locale, translation.slug);
  languages['x-default'] = self;
  return {
    title: article.seoTitle || article.title,
    description: article.seoDescription || article.dek,
    alternates: { canonical: self, languages },
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.dek,
      locale,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      images: article.image ? [{ url: `${article.image.src}?w=1280`, alt: article.image.alt }] : undefined,
    },
  };
}

/** schema.org NewsArticle; `<` is escaped so no string can close the script element. */
function jsonLd(data: unknown) {
  return { __html: JSON.stringify(data).replace(/</g, '\\u003c') };
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
      </main>
      <SiteFooter locale={locale} />
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={jsonLd({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: article.title,
          description: article.dek,
          inLanguage: locale,
          datePublished: article.publishedAt,
          dateModified: article.updatedAt,
          author: [
            {
              '@type': 'Person',
              name: article.author.name,
              url: absoluteUrl(routes.author(locale, article.author.slug)),
            },
          ],
          image: article.image
            ? [
                {
                  '@type': 'ImageObject',
                  url: absoluteUrl(`${article.image.src}?w=1280`),
                  ...(article.imageCaption ? { caption: article.imageCaption } : {}),
                  ...(article.imageCredit ? { creditText: article.imageCredit } : {}),
                },
              ]
            : undefined,
          mainEntityOfPage: absoluteUrl(routes.article(locale, article.slug)),
        })}
      />
    </>
  );
}
