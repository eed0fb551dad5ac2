import type { Metadata } from 'next';
import Image from 'next/image';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CommentList } from '@/components/site/comment-list';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { StoryCard } from '@/components/site/story-card';
import { getApprovedComments, getArticle } from '@/lib/articles';
import { isLocale, localeNames } from '@/lib/i18n/config';
import { formatDate, plural } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';
import { BUILD_SENTINEL, requireLocale, requireSlug } from '@/lib/i18n/params';
import { absoluteUrl, routes } from '@/lib/routes';
import { readingMinutes } from '@/lib/sanitize';
import { normalizeSlugParam } from '@/lib/slug';

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
  for (const translation of article.translations) languages[translation.locale] = routes.article(translation.locale, translation.slug);
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
  const t = getMessages(locale);
  const minutes = readingMinutes(article.body);
  const wasUpdated = Date.parse(article.updatedAt) - Date.parse(article.publishedAt) > 60_000;
  const alternates = article.translations.map((tr) => ({ locale: tr.locale, href: routes.article(tr.locale, tr.slug) }));

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} currentSection={article.section?.id} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <article className="mx-auto max-w-3xl" aria-labelledby="headline">
          <header>
            {article.section && (
              <p className="text-sm font-bold tracking-wide text-accent uppercase">
                <Link href={routes.section(locale, article.section.slug)} className="hover:underline">
                  {article.section.name}
                </Link>
              </p>
            )}
            <h1 id="headline" className="mt-2 text-3xl leading-tight font-extrabold sm:text-4xl">
              {article.title}
            </h1>
            {article.dek && <p className="mt-3 text-xl text-muted">{article.dek}</p>}
            <div className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
              <span>
                {t.by}{' '}
                <Link href={routes.author(locale, article.author.slug)} rel="author" className="font-semibold text-ink hover:underline">
                  {article.author.name}
                </Link>
              </span>
              <span>
                {t.published} <time dateTime={article.publishedAt}>{formatDate(locale, article.publishedAt, true)}</time>
              </span>
              {wasUpdated && (
                <span>
                  {t.updated} <time dateTime={article.updatedAt}>{formatDate(locale, article.updatedAt, true)}</time>
                </span>
              )}
              <span>{plural(locale, minutes, t.readingTime)}</span>
            </div>
            {article.translations.length > 0 && (
              <nav aria-label={t.readIn} className="mt-3 text-sm">
                <span className="text-muted">{t.readIn}: </span>
                <ul className="inline">
                  {article.translations.map((tr, i) => (
                    <li key={tr.locale} className="inline">
                      {i > 0 && ' · '}
                      <a href={routes.article(tr.locale, tr.slug)} hrefLang={tr.locale} lang={tr.locale} className="font-semibold text-accent hover:underline">
                        {localeNames[tr.locale]}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </header>
          {article.image && (
            <figure className="mt-6">
              <Image
                src={article.image.src}
                alt={article.image.alt}
                width={article.image.width}
                height={article.image.height}
                sizes="(min-width: 768px) 768px, 100vw"
                priority
                className="w-full rounded"
              />
            </figure>
          )}
          <div className="prose-article mt-8" dangerouslySetInnerHTML={{ __html: article.body }} />
          {article.tags.length > 0 && (
            <footer className="mt-8 border-t border-rule pt-4">
              <h2 className="sr-only">{t.tags}</h2>
              <ul className="flex flex-wrap gap-2">
                {article.tags.map((tag) => (
                  <li key={tag.id}>
                    <Link href={routes.tag(locale, tag.slug)} rel="tag" className="inline-block rounded-full border border-rule px-3 py-1 text-sm hover:border-accent">
                      #{tag.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </footer>
          )}
        </article>

        {article.related.length > 0 && (
          <aside aria-labelledby="check-also" className="mx-auto mt-12 max-w-3xl rounded border border-rule bg-card p-5">
            <h2 id="check-also" className="mb-4 text-lg font-extrabold text-accent">
              {t.checkAlso}
            </h2>
            <ul className="grid gap-5 sm:grid-cols-2">
              {article.related.map((story) => (
                <li key={story.id}>
                  <StoryCard story={story} variant="compact" />
                </li>
              ))}
            </ul>
          </aside>
        )}

        <section id="comments" aria-labelledby="comments-heading" className="mx-auto mt-12 max-w-3xl">
          <h2 id="comments-heading" className="mb-6 text-xl font-extrabold">
            {plural(locale, comments.length, t.commentCount)}
          </h2>
          <CommentList comments={comments} locale={locale} />
          {!article.commentsOpen && <p className="mt-6 text-muted">{t.commentsClosed}</p>}
        </section>
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
          author: [{ '@type': 'Person', name: article.author.name, url: absoluteUrl(routes.author(locale, article.author.slug)) }],
          image: article.image ? [absoluteUrl(`${article.image.src}?w=1280`)] : undefined,
          mainEntityOfPage: absoluteUrl(routes.article(locale, article.slug)),
        })}
      />
    </>
  );
}
