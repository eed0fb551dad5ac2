import { feedOf, feedTitle, type NamedFeed } from '@/lib/feeds/subjects';
import type { Locale } from '@/lib/i18n/config';
import { getFeedMessages } from '@/lib/i18n/feeds';
import { getIdentity } from '@/lib/identity';
import { routes } from '@/lib/routes';

/**
 * Announces feeds to browsers and feed readers (`<link rel="alternate">`). React 19 hoists these
 * `<link>` elements into `<head>` wherever they are rendered, so a page names its own feeds
 * without touching its metadata. The language's feed gets its Atom variant announced too.
 */
export async function FeedLinks({ locale, feeds }: { locale: Locale; feeds: NamedFeed[] }) {
  const atom = getFeedMessages(locale).atom;
  const site = (await getIdentity()).name[locale];
  return feeds.map((feed) => {
    const of = feedOf(feed);
    const title = feedTitle(locale, feed, site);
    const key = routes.feed(locale, of);
    return [
      <link key={key} rel="alternate" type="application/rss+xml" title={title} href={key} />,
      feed.kind === 'site' ? (
        <link
          key={`${key}/atom`}
          rel="alternate"
          type="application/atom+xml"
          title={`${title} (${atom})`}
          href={routes.feed(locale, of, 'atom')}
        />
      ) : null,
    ];
  });
}

/** An article page's feeds: its comments, and its section's stories. */
export function ArticleFeedLinks({
  locale,
  article,
}: {
  locale: Locale;
  article: { slug: string; title: string; section: { name: string; slug: string } | null };
}) {
  const feeds: NamedFeed[] = [{ kind: 'article', slug: article.slug, title: article.title }];
  if (article.section) feeds.push({ kind: 'section', slug: article.section.slug, name: article.section.name });
  return <FeedLinks locale={locale} feeds={feeds} />;
}
