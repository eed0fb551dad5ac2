import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CommentForm } from '@/components/site/comment-form';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { getDb } from '@/db';
import { getApprovedComments, getArticle } from '@/lib/articles';
import { createChallenge } from '@/lib/captcha';
import { DRAFT_COOKIE, OWN_COMMENTS_COOKIE } from '@/lib/comments/cookies';
import { decodeOwnIds, listOwnPending, takeDraft, verifySigned } from '@/lib/comments/drafts';
import { unlessUnavailable } from '@/lib/comments/db-unavailable';
import { areCommentsOpen } from '@/lib/comments/public';
import { getCommentMessages } from '@/lib/i18n/comment-messages';
import { BUILD_SENTINEL, requireLocale, requireSlug } from '@/lib/i18n/params';
import { routes } from '@/lib/routes';
import { postComment } from '../actions';
import { fill, siteTimeZone } from '@/lib/i18n/format';
import { tooLargeMessage } from '@/lib/request-limits';

// Per reader and per view (fresh question, their draft): rendered on each request.
export const instant = false;

export const metadata: Metadata = { robots: { index: false, follow: true } };

export function generateStaticParams() {
  return [{ slug: BUILD_SENTINEL }];
}

/**
 * The comment form on a page of its own: where "Reply" leads without JavaScript, and where a
 * submission made without JavaScript shows its outcome with everything typed kept.
 */
export default async function CommentPage({ params, searchParams }: PageProps<'/[locale]/article/[slug]/comment'>) {
  const { locale: rawLocale, slug: rawSlug } = await params;
  const locale = requireLocale(rawLocale);
  const slug = requireSlug(rawSlug);
  const article = await getArticle(locale, slug);
  if (!article) notFound();
  const t = getCommentMessages(locale);
  const jar = await cookies();
  const db = getDb();
  const draftId = verifySigned(jar.get(DRAFT_COOKIE)?.value);
  // When the database is unreachable the form still shows, with what a failed post sends back.
  // The outcome of the last post shows on this visit only (taken from the draft as it is read).
  const draft = draftId ? await unlessUnavailable(takeDraft(db, draftId, article.id), null) : null;
  const mine = await unlessUnavailable(
    listOwnPending(db, article.id, decodeOwnIds(jar.get(OWN_COMMENTS_COOKIE)?.value)),
    [],
  );
  const open = await areCommentsOpen(article.commentsOpen, article.publishedAt);
  const replyParam = Number((await searchParams).replyto);
  const parentId = Number.isInteger(replyParam) && replyParam > 0 ? replyParam : (draft?.parentId ?? null);
  const parent = parentId ? (await getApprovedComments(article.id)).find((c) => c.id === parentId) : undefined;
  const back = routes.article(locale, article.slug);

  return (
    <>
      <SiteHeader locale={locale} alternates={[]} currentSection={article.section?.id} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <p className="text-sm">
          <Link href={back} className="font-semibold text-accent hover:underline">
            {t.backToArticle}
          </Link>
        </p>
        <h1 className="mt-2 mb-6 text-2xl font-extrabold">{fill(t.commentOn, { title: article.title })}</h1>
        {parent && (
          <blockquote className="mb-6 border-s-4 border-rule ps-4 text-muted" dir="auto">
            <p className="font-semibold">
              <bdi>{parent.name}</bdi>
            </p>
            <p className="line-clamp-4 whitespace-pre-line">{parent.body}</p>
          </blockquote>
        )}
        {open ? (
          <CommentForm
            locale={locale}
            t={t}
            tooLargeMessage={tooLargeMessage(locale)}
            articleId={article.id}
            timeZone={siteTimeZone()}
            action={postComment.bind(null, { articleId: article.id, locale, slug: article.slug })}
            permalink={`${routes.article(locale, article.slug)}#respond`}
            challenge={createChallenge(locale, article.id)}
            initialValues={
              draft ? { name: draft.name, email: draft.email, website: draft.website, body: draft.body } : undefined
            }
            initialErrors={draft?.fieldErrors}
            initialMessage={draft?.message}
            initialOutcome={draft?.outcome}
            replyTo={parent ? { id: parent.id, name: parent.name } : null}
            mine={mine}
          />
        ) : (
          <p className="text-muted">{t.closed}</p>
        )}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
