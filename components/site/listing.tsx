import type { Locale } from '@/lib/i18n/config';
import { formatNumber, plural, fill } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';
import type { Listing } from '@/lib/listing';
import { FeedLinks } from './feed-links';
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
          <h1 className="text-3xl font-extrabold">{heading}</h1>
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
