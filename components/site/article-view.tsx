import Image from 'next/image';
import Link from 'next/link';
import { AuthorBox } from '@/components/site/author-box';
import { Byline } from '@/components/site/byline';
import { CommentList } from '@/components/site/comment-list';
import { ShareBox } from '@/components/site/share-box';
import { StoryCard } from '@/components/site/story-card';
import { TranslationLinks } from '@/components/site/translation-links';
import type { ArticlePage, PublicComment } from '@/lib/articles/types';
import type { Locale } from '@/lib/i18n/config';
import { formatDate, plural } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';
import { absoluteUrl, routes } from '@/lib/routes';
import { readingMinutes } from '@/lib/sanitize';

/**
 * The article as readers see it: headline, image, body, tags, "Check also" and comments.
 * Shared by the reader page and the staff preview, so a preview is exactly the real thing.
 */
export function ArticleView({
  article,
  comments,
  locale,
  commentsOpen = article.commentsOpen,
  commentForm,
  afterRelated,
}: {
  article: ArticlePage;
  comments: PublicComment[];
  locale: Locale;
  /** Open right now (the article's switch and the site's closing age); the preview shows the switch. */
  commentsOpen?: boolean;
  /** The reader page passes the form; the staff preview shows none. */
  commentForm?: React.ReactNode;
  /** Shown after "Check also": the reader page's most-read box (not in the staff preview). */
  afterRelated?: React.ReactNode;
}) {
  const t = getMessages(locale);
  const minutes = readingMinutes(article.body);
  const wasUpdated = Date.parse(article.updatedAt) - Date.parse(article.publishedAt) > 60_000;
  return (
    <>
      <article className="mx-auto max-w-3xl" aria-labelledby="headline">
        <header>
          {article.section && (
            <p className="text-sm font-bold tracking-wide text-accent uppercase">
              <Link
                href={routes.section(locale, article.section.slug)}
                className="inline-flex min-h-6 items-center hover:underline"
              >
                {article.section.name}
              </Link>
            </p>
          )}
          <h1 id="headline" className="mt-2 text-3xl leading-tight font-extrabold sm:text-4xl">
            {article.title}
          </h1>
          {article.dek && <p className="mt-3 text-xl text-muted">{article.dek}</p>}
          <div className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
            <Byline story={article} locale={locale} />
            <span>
              {t.published} <time dateTime={article.publishedAt}>{formatDate(locale, article.publishedAt, true)}</time>
            </span>
            {wasUpdated && (
              <span>
                {t.updated} <time dateTime={article.updatedAt}>{formatDate(locale, article.updatedAt, true)}</time>
              </span>
            )}
            <span>{plural(locale, minutes, t.readingTime)}</span>
            {article.corrections.length > 0 && (
              <a
                href="#corrections"
                data-corrected
                className="inline-flex min-h-6 items-center rounded-sm border border-accent px-2 font-semibold text-accent hover:underline"
              >
                {t.corrected}
              </a>
            )}
          </div>
          <TranslationLinks locale={locale} translations={article.translations} href={routes.article} />
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
            {(article.imageCaption || article.imageCredit) && (
              <figcaption className="mt-2 text-sm text-muted" dir="auto">
                {article.imageCaption}
                {article.imageCaption && article.imageCredit && ' '}
                {article.imageCredit && <small className="credit">{article.imageCredit}</small>}
              </figcaption>
            )}
          </figure>
        )}
        <div className="prose-article mt-8" dangerouslySetInnerHTML={{ __html: article.body }} />
        {article.tags.length > 0 && (
          <footer className="mt-8 border-t border-rule pt-4">
            <h2 className="sr-only">{t.tags}</h2>
            <ul className="flex flex-wrap gap-2">
              {article.tags.map((tag) => (
                <li key={tag.id}>
                  <Link
                    href={routes.tag(locale, tag.slug)}
                    rel="tag"
                    className="inline-block rounded-full border border-rule px-3 py-1 text-sm hover:border-accent"
                  >
                    #{tag.name}
                  </Link>
                </li>
              ))}
            </ul>
          </footer>
        )}
        {article.corrections.length > 0 && <Corrections locale={locale} corrections={article.corrections} />}
        <AuthorBox article={article} locale={locale} />
        <ShareBox
          locale={locale}
          page={{ url: absoluteUrl(routes.article(locale, article.slug)), title: article.title }}
        />
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
      {afterRelated}

      <section id="comments" aria-labelledby="comments-heading" className="mx-auto mt-12 max-w-3xl">
        <h2 id="comments-heading" className="mb-6 text-xl font-extrabold">
          {/* With none, the list below says so: the heading does not say it twice. */}
          {comments.length > 0 ? plural(locale, comments.length, t.commentCount) : t.comments}
        </h2>
        <CommentList
          comments={comments}
          locale={locale}
          reply={{ slug: article.slug, open: commentsOpen && Boolean(commentForm) }}
        />
        {commentsOpen ? (
          commentForm && <div className="mt-10">{commentForm}</div>
        ) : (
          <p className="mt-6 text-muted">{t.commentsClosed}</p>
        )}
      </section>
    </>
  );
}

/** A story's corrections, at its end, oldest first: each dated, in the story's language. */
function Corrections({ locale, corrections }: { locale: Locale; corrections: ArticlePage['corrections'] }) {
  const t = getMessages(locale);
  return (
    <section
      id="corrections"
      aria-labelledby="corrections-heading"
      className="mt-8 rounded border-s-4 border-accent bg-card p-4"
    >
      <h2 id="corrections-heading" className="text-lg font-extrabold">
        {t.corrections}
      </h2>
      <ol className="mt-2 space-y-3">
        {corrections.map((c) => (
          <li key={c.id}>
            <p className="text-sm font-semibold">
              {t.correction} <time dateTime={c.createdAt}>{formatDate(locale, c.createdAt, true)}</time>
            </p>
            <p className="whitespace-pre-line">{c.body}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
