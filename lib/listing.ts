import 'server-only';
import type { MediaRef } from '@/db/schema';
import type { Metadata } from 'next';
import { getAuthor, getSection, getStoryList, getTag, type StoryListKind } from '@/lib/articles';
import { locales, type Locale } from '@/lib/i18n/config';
import { fill, formatNumber } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';
import { getIdentity } from '@/lib/identity';
import { readerMetadata } from '@/lib/seo/metadata';

/** The section, tag or author a listing page shows the stories of. */
export type ListingSubject = {
  kind: StoryListKind;
  id: number;
  slug: string;
  /** The section, tag or author name; `title` is the page title built from it. */
  name: string;
  title: string;
  description?: string;
  /** An author's profiles elsewhere (author pages only). */
  links?: string[];
  /** An author's photo. */
  photo?: MediaRef | null;
  alternates: { locale: Locale; href: string }[];
  hrefFor: (page: number) => string;
  currentSection?: number;
};

export type Listing = { subject: ListingSubject; list: Awaited<ReturnType<typeof getStoryList>> };

/**
 * The versions in other languages that readers can open: a section or author page without a
 * story in a language is a 404 there, so neither the language switcher nor hreflang points to it.
 */
async function withStories(kind: StoryListKind, id: number, alternates: ListingSubject['alternates']) {
  const lists = await Promise.all(alternates.map((a) => getStoryList(a.locale, kind, id, 1)));
  return alternates.filter((_, index) => lists[index]!.total > 0);
}

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
      alternates: await withStories(
        kind,
        section.id,
        section.translations.map((tr) => ({ locale: tr.locale, href: routes.section(tr.locale, tr.slug) })),
      ),
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
    links: author.social,
    photo: author.photo ?? null,
    alternates: await withStories(
      kind,
      author.id,
      locales.map((l) => ({ locale: l, href: routes.author(l, author.slug) })),
    ),
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

/** A listing page's title: page 2 onwards carry their number, so each page has its own. */
export function listingTitle(subject: Pick<ListingSubject, 'title'>, locale: Locale, page: number): string {
  return page > 1 ? `${subject.title} (${formatNumber(locale, page)})` : subject.title;
}

/**
 * Canonical, hreflang and Open Graph for a listing page. A paginated page is canonical to
 * itself; its other-language versions list other stories, so only page 1 names them.
 */
export async function getListingMetadata(
  kind: StoryListKind,
  locale: Locale,
  slug: string,
  page: number,
): Promise<Metadata> {
  const [subject, identity] = await Promise.all([getListingSubject(kind, locale, slug), getIdentity()]);
  if (!subject) return {};
  return readerMetadata(
    {
      locale,
      headline: listingTitle(subject, locale, page),
      description: subject.description || undefined,
      path: subject.hrefFor(page),
      translations: page === 1 ? subject.alternates.map((a) => ({ locale: a.locale, path: a.href })) : [],
    },
    identity,
  );
}
