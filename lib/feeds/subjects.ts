import { fill } from '../i18n/format';
import type { Locale } from '../i18n/config';
import { getFeedMessages } from '../i18n/feeds';
import { getMessages } from '../i18n/messages';
import { routes, type FeedOf } from '../routes';

/** A feed's subject with what its title needs: the section, tag or author's name, the headline. */
export type NamedFeed =
  | { kind: 'site' | 'comments' }
  | { kind: 'section' | 'tag' | 'author'; slug: string; name: string }
  | { kind: 'article'; slug: string; title: string };

/** A feed's title, the same in the feed and in the `<link>` that announces it. */
export function feedTitle(locale: Locale, feed: NamedFeed, site: string): string {
  const t = getMessages(locale);
  const f = getFeedMessages(locale);
  switch (feed.kind) {
    case 'site':
      return site;
    case 'comments':
      return fill(f.scoped, { site, name: f.comments });
    case 'section':
      return fill(f.scoped, { site, name: feed.name });
    case 'tag':
      return fill(f.scoped, { site, name: fill(t.tagTitle, { tag: feed.name }) });
    case 'author':
      return fill(f.scoped, { site, name: fill(t.authorTitle, { name: feed.name }) });
    case 'article':
      return fill(f.articleComments, { title: feed.title });
  }
}

export function feedOf(feed: NamedFeed): FeedOf {
  return 'slug' in feed ? { kind: feed.kind, slug: feed.slug } : { kind: feed.kind };
}

/** The page a feed follows. */
export function feedPagePath(locale: Locale, of: FeedOf): string {
  switch (of.kind) {
    case 'site':
    case 'comments':
      return routes.home(locale);
    case 'section':
      return routes.section(locale, of.slug);
    case 'tag':
      return routes.tag(locale, of.slug);
    case 'author':
      return routes.author(locale, of.slug);
    case 'article':
      return routes.article(locale, of.slug);
  }
}
