import 'server-only';
import { getAuthor, getSection, getStoryList, getTag, type StoryListKind } from '@/lib/articles';
import { locales, type Locale } from '@/lib/i18n/config';
import { fill, formatNumber } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';

/** The section, tag or author a listing page shows the stories of. */
export type ListingSubject = {
  kind: StoryListKind;
  id: number;
  slug: string;
  /** The section, tag or author name; `title` is the page title built from it. */
  name: string;
  title: string;
  description?: string;
  alternates: { locale: Locale; href: string }[];
  hrefFor: (page: number) => string;
  currentSection?: number;
};

export type Listing = { subject: ListingSubject; list: Awaited<ReturnType<typeof getStoryList>> };

/** The section, tag or author behind a listing URL; null when there is none. */
export async function getListingSubject(kind: StoryListKind, locale: Locale, slug: string) {
  const t = getMessages(locale);
  if (kind === 'section') {
    const section = await getSection(locale, slug);
    if (!section) return null;
    return {
      kind,
      id: section.id,
      slug: section.slug,
      name: section.name,
      title: section.name,
      description: section.description,
      alternates: section.translations.map((tr) => ({ locale: tr.locale, href: routes.section(tr.locale, tr.slug) })),
      hrefFor: (page) => routes.section(locale, section.slug, page),
      currentSection: section.id,
    } satisfies ListingSubject;
  }
  if (kind === 'tag') {
    const tag = await getTag(locale, slug);
    if (!tag) return null;
    return {
      kind,
      id: tag.id,
      slug: tag.slug,
      name: tag.name,
      title: fill(t.tagTitle, { tag: tag.name }),
      alternates: [],
      hrefFor: (page) => routes.tag(locale, tag.slug, page),
    } satisfies ListingSubject;
  }
  const author = await getAuthor(locale, slug);
  if (!author) return null;
  return {
    kind,
    id: author.id,
    slug: author.slug,
    name: author.name,
    title: fill(t.authorTitle, { name: author.name }),
    description: author.bio[locale],
    alternates: locales.map((l) => ({ locale: l, href: routes.author(l, author.slug) })),
    hrefFor: (page) => routes.author(locale, author.slug, page),
  } satisfies ListingSubject;
}

/**
 * One page of a listing; null (a 404) when the subject is unknown or the page is past the last.
 * A section, tag or author exists for readers only while it lists a visible story: a tag typed
 * on an unpublished draft, or an author with nothing published yet, has no public page.
 */
export async function getListing(
  kind: StoryListKind,
  locale: Locale,
  slug: string,
  page: number,
): Promise<Listing | null> {
  const subject = await getListingSubject(kind, locale, slug);
  if (!subject) return null;
  const list = await getStoryList(locale, kind, subject.id, page);
  if ((page > 1 && page > list.pageCount) || list.total === 0) return null;
  return { subject, list };
}

export async function getListingMetadata(kind: StoryListKind, locale: Locale, slug: string, page: number) {
  const subject = await getListingSubject(kind, locale, slug);
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
