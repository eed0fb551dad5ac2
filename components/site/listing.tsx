import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getAuthor, getSection, getStoryList, getTag, type StoryListKind } from '@/lib/articles';
import { locales, type Locale } from '@/lib/i18n/config';
import { fill, formatNumber, plural } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';
import { sentenceWithName } from './isolated-name';
import type { Alternate } from './language-switcher';
import { Pagination } from './pagination';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { StoryGrid } from './story-list';

type Subject = {
  id: number;
  title: string;
  /** The page heading when it is more than plain text (an author's isolated name). */
  heading?: ReactNode;
  description?: string;
  alternates: Alternate[];
  hrefFor: (page: number) => string;
  currentSection?: number;
};

/** Looks up the section, tag or author behind a listing URL; unknown ones answer 404. */
export async function resolveListing(kind: StoryListKind, locale: Locale, slug: string): Promise<Subject> {
  const t = getMessages(locale);
  if (kind === 'section') {
    const section = await getSection(locale, slug);
    if (!section) notFound();
    return {
      id: section.id,
      title: section.name,
      description: section.description,
      alternates: section.translations.map((tr) => ({ locale: tr.locale, href: routes.section(tr.locale, tr.slug) })),
      hrefFor: (page) => routes.section(locale, section.slug, page),
      currentSection: section.id,
    };
  }
  if (kind === 'tag') {
    const tag = await getTag(locale, slug);
    if (!tag) notFound();
    return {
      id: tag.id,
      title: fill(t.tagTitle, { tag: tag.name }),
      alternates: [],
      hrefFor: (page) => routes.tag(locale, tag.slug, page),
    };
  }
  const author = await getAuthor(locale, slug);
  if (!author) notFound();
  return {
    id: author.id,
    title: fill(t.authorTitle, { name: author.name }),
    heading: sentenceWithName(t.authorTitle, author.name),
    description: author.bio[locale],
    alternates: locales.map((l) => ({ locale: l, href: routes.author(l, author.slug) })),
    hrefFor: (page) => routes.author(locale, author.slug, page),
  };
}

export async function ListingPage({
  kind,
  locale,
  slug,
  page,
}: {
  kind: StoryListKind;
  locale: Locale;
  slug: string;
  page: number;
}) {
  const subject = await resolveListing(kind, locale, slug);
  const list = await getStoryList(locale, kind, subject.id, page);
  // A section, tag or author exists for readers only while it lists a visible story: a tag typed
  // on an unpublished draft, or an author with nothing published yet, has no public page.
  if ((page > 1 && page > list.pageCount) || list.total === 0) notFound();
  const t = getMessages(locale);
  return (
    <>
      <SiteHeader locale={locale} alternates={subject.alternates} currentSection={subject.currentSection} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <header className="mb-8 border-b-2 border-ink pb-3">
          <h1 className="text-3xl font-extrabold">{subject.heading ?? subject.title}</h1>
          {subject.description && <p className="mt-2 max-w-3xl text-muted">{subject.description}</p>}
          <p className="mt-1 text-sm text-muted">
            {plural(locale, list.total, t.articleCount)}
            {page > 1 && (
              <>
                {' '}
                · {fill(t.pageOf, { page: formatNumber(locale, page), total: formatNumber(locale, list.pageCount) })}
              </>
            )}
          </p>
        </header>
        <StoryGrid stories={list.items} headingLevel={2} />
        <Pagination locale={locale} page={page} pageCount={list.pageCount} hrefFor={subject.hrefFor} />
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}

export async function listingMetadata(kind: StoryListKind, locale: Locale, slug: string, page: number) {
  const subject = await resolveListing(kind, locale, slug).catch(() => null);
  if (!subject) return {};
  return {
    title: page > 1 ? `${subject.title} (${formatNumber(locale, page)})` : subject.title,
    description: subject.description || undefined,
    alternates: {
      canonical: subject.hrefFor(page),
      languages: Object.fromEntries(subject.alternates.map((a) => [a.locale, a.href])),
    },
  };
}
