import type { Locale } from '@/lib/i18n/config';
import { formatNumber, plural, fill } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';
import { listingTitle, type Listing } from '@/lib/listing';
import { routes } from '@/lib/routes';
import { collectionPage, profilePage, type Crumb } from '@/lib/seo/structured-data';
import { AuthorPhoto, ProfileLinks } from './author-box';
import { FeedLinks } from './feed-links';
import { JsonLd } from './json-ld';
import { sentenceWithName } from './isolated-name';
import { Pagination } from './pagination';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { StoryGrid } from './story-list';

/** A section's, tag's or author's page of stories. */
export function ListingPage({
  listing: { subject, list },
  locale,
  page,
}: {
  listing: Listing;
  locale: Locale;
  page: number;
}) {
  const t = getMessages(locale);
  // An author's name is isolated inside the sentence, whatever its direction.
  const heading = subject.kind === 'author' ? sentenceWithName(t.authorTitle, subject.name) : subject.title;
  return (
    <>
      <SiteHeader locale={locale} alternates={subject.alternates} currentSection={subject.currentSection} />
      <FeedLinks locale={locale} feeds={[{ kind: subject.kind, slug: subject.slug, name: subject.name }]} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <header className="mb-8 border-b-2 border-ink pb-3">
          {subject.photo && <AuthorPhoto photo={subject.photo} size={96} className="mb-3" />}
          <h1 className="text-3xl font-extrabold">{heading}</h1>
          {subject.description && <p className="mt-2 max-w-3xl text-muted">{subject.description}</p>}
          {subject.links && subject.links.length > 0 && <ProfileLinks links={subject.links} />}
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
      <JsonLd data={listingStructuredData({ subject, list }, locale, page)} />
    </>
  );
}

/** CollectionPage with its breadcrumb trail; an author's page is also the ProfilePage of the person. */
function listingStructuredData({ subject, list }: Listing, locale: Locale, page: number) {
  const name = listingTitle(subject, locale, page);
  const crumbs: Crumb[] = [
    { name: getMessages(locale).home, path: routes.home(locale) },
    { name: subject.title, path: subject.hrefFor(1) },
  ];
  if (page > 1) crumbs.push({ name, path: subject.hrefFor(page) });
  const collection = collectionPage({
    locale,
    name,
    description: subject.description,
    path: subject.hrefFor(page),
    crumbs,
    items: list.items.map((story) => routes.article(story.locale, story.slug)),
  });
  if (subject.kind !== 'author') return [collection];
  return [
    collection,
    profilePage({
      locale,
      name: subject.name,
      description: subject.description,
      path: subject.hrefFor(page),
      crumbs,
      personPath: subject.hrefFor(1),
      sameAs: subject.links,
      image: subject.photo?.src,
    }),
  ];
}
