import type {
  BreadcrumbList,
  CollectionPage,
  ImageObject,
  NewsArticle,
  NewsMediaOrganization,
  Organization,
  Person,
  ProfilePage,
  SearchAction,
  WebPage,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { ArticlePage } from '@/lib/articles/types';
import type { Locale } from '@/lib/i18n/config';
import { absoluteUrl, routes } from '@/lib/routes';
import { imagesForRatios } from './images';
import { truncateHeadline } from './text';
import type { Identity } from '@/lib/identity/identity';
import { DEFAULT_LOGO } from './site';

/**
 * schema.org objects for the reader pages, typed by schema-dts so a misspelt property or a
 * wrong value type fails the type check. Every URL is absolute (`SITE_URL`).
 */

const CONTEXT = 'https://schema.org' as const;

/** schema-dts lets most things be a plain string (a URL); these builders always make objects. */
type Node<T> = Exclude<T, string>;

/** A step of a breadcrumb trail: the last one is the page itself. */
export type Crumb = { name: string; path: string };

const organizationId = (locale: Locale) => `${absoluteUrl(routes.home(locale))}#organization`;

/** The publication, named in the page's language, with its profiles elsewhere and its address. */
export function newsMediaOrganization(locale: Locale, identity: Identity): Node<NewsMediaOrganization> {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': organizationId(locale),
    name: identity.name[locale],
    ...(identity.social.length > 0 ? { sameAs: identity.social } : {}),
    ...(identity.contactEmail ? { email: identity.contactEmail } : {}),
    url: absoluteUrl(routes.home(locale)),
    logo: organizationLogo(identity),
  };
}

/** The uploaded logo (the light-background one), else the default brand mark. */
function organizationLogo(identity: Identity): ImageObject {
  const logo = identity.logoLight ?? identity.logoDark;
  const { path, width, height } = logo ? { path: logo.src, width: logo.width, height: logo.height } : DEFAULT_LOGO;
  return {
    '@type': 'ImageObject',
    url: absoluteUrl(path),
    width: { '@type': 'QuantitativeValue', value: width, unitCode: 'E37' },
    height: { '@type': 'QuantitativeValue', value: height, unitCode: 'E37' },
  };
}

export function breadcrumbList(crumbs: readonly Crumb[]): Node<BreadcrumbList> {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/** The site search, as schema.org describes it: Google reads `query-input`, which schema-dts lacks. */
type SiteSearchAction = SearchAction & { 'query-input': string };

/** The home page: the site, its search, and the publication behind it. */
export function homeStructuredData(
  locale: Locale,
  identity: Identity,
): [WithContext<WebSite>, WithContext<NewsMediaOrganization>] {
  const search: SiteSearchAction = {
    '@type': 'SearchAction',
    target: {
      '@type': 'EntryPoint',
      urlTemplate: `${absoluteUrl(`/${locale}/search`)}?q={search_term_string}`,
    },
    'query-input': 'required name=search_term_string',
  };
  return [
    {
      '@context': CONTEXT,
      '@type': 'WebSite',
      '@id': `${absoluteUrl(routes.home(locale))}#website`,
      name: identity.name[locale],
      ...(identity.tagline[locale] ? { description: identity.tagline[locale] } : {}),
      url: absoluteUrl(routes.home(locale)),
      inLanguage: locale,
      publisher: { '@id': organizationId(locale) },
      potentialAction: search,
    },
    { '@context': CONTEXT, ...newsMediaOrganization(locale, identity) },
  ];
}

/** The breadcrumb trail of a story: home › section › story (no section: home › story). */
export function articleCrumbs(article: Pick<ArticlePage, 'locale' | 'slug' | 'title' | 'section'>, home: string) {
  const crumbs: Crumb[] = [{ name: home, path: routes.home(article.locale) }];
  if (article.section)
    crumbs.push({ name: article.section.name, path: routes.section(article.locale, article.section.slug) });
  crumbs.push({ name: article.title, path: routes.article(article.locale, article.slug) });
  return crumbs;
}

/** A story: its NewsArticle and its breadcrumb trail. */
export function articleStructuredData(
  article: ArticlePage,
  homeName: string,
  identity: Identity,
): [WithContext<NewsArticle>, WithContext<BreadcrumbList>] {
  const locale = article.locale;
  const url = absoluteUrl(routes.article(locale, article.slug));
  // The byline as readers see it: the staff author (a Person) and the credit line (an
  // Organization: an agency, a partner, a desk), in that order.
  const authors: (Person | Organization)[] = [];
  if (article.author)
    authors.push({
      '@type': 'Person',
      name: article.author.name,
      url: absoluteUrl(routes.author(locale, article.author.slug)),
      ...(article.authorProfile?.social.length ? { sameAs: article.authorProfile.social } : {}),
      ...(article.authorProfile?.photo ? { image: absoluteUrl(article.authorProfile.photo.src) } : {}),
    });
  if (article.credit) authors.push({ '@type': 'Organization', name: article.credit });
  const images: ImageObject[] = imagesForRatios(article.imageVariants).map((image, index) => ({
    '@type': 'ImageObject',
    url: absoluteUrl(image.src),
    width: { '@type': 'QuantitativeValue', value: image.width, unitCode: 'E37' },
    height: { '@type': 'QuantitativeValue', value: image.height, unitCode: 'E37' },
    // The caption and credit describe the picture, the same in every shape; said once.
    ...(index === 0 && article.imageCaption ? { caption: article.imageCaption } : {}),
    ...(index === 0 && article.imageCredit ? { creditText: article.imageCredit } : {}),
  }));
  return [
    {
      '@context': CONTEXT,
      '@type': 'NewsArticle',
      headline: truncateHeadline(article.title),
      ...(article.dek ? { description: article.dek } : {}),
      ...(images.length > 0 ? { image: images } : {}),
      datePublished: article.publishedAt,
      dateModified: article.updatedAt,
      author: authors,
      publisher: newsMediaOrganization(locale, identity),
      inLanguage: locale,
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      url,
      ...(article.section ? { articleSection: article.section.name } : {}),
      ...(article.tags.length > 0 ? { keywords: article.tags.map((t) => t.name) } : {}),
      commentCount: article.commentCount,
      isAccessibleForFree: true,
      // Each correction note, dated (schema.org's CorrectionComment), as the story's end shows them.
      ...(article.corrections.length > 0
        ? {
            correction: article.corrections.map((c) => ({
              '@type': 'CorrectionComment' as const,
              text: c.body,
              datePublished: c.createdAt,
              url: `${url}#corrections`,
            })),
          }
        : {}),
    },
    { '@context': CONTEXT, ...breadcrumbList(articleCrumbs(article, homeName)) },
  ];
}

export type CollectionFacts = {
  locale: Locale;
  /** The page title (without the site name). */
  name: string;
  description?: string;
  path: string;
  crumbs: readonly Crumb[];
  /** Paths of the stories listed on this page, in order. */
  items: readonly string[];
};

/** A section's, tag's or author's page of stories, with its breadcrumb trail and what it lists. */
export function collectionPage(page: CollectionFacts): WithContext<CollectionPage> {
  return {
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    name: page.name,
    ...(page.description ? { description: page.description } : {}),
    url: absoluteUrl(page.path),
    inLanguage: page.locale,
    isPartOf: { '@id': `${absoluteUrl(routes.home(page.locale))}#website` },
    breadcrumb: breadcrumbList(page.crumbs),
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: page.items.map((path, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        url: absoluteUrl(path),
      })),
    },
  };
}

/** An author's page as a profile: the person it is about. */
export function profilePage(page: {
  locale: Locale;
  name: string;
  description?: string;
  path: string;
  crumbs: readonly Crumb[];
  /** The author's page (page 1), the person's address on this site. */
  personPath: string;
  /** Their profiles elsewhere. */
  sameAs?: readonly string[];
  /** Their photo's address on this site. */
  image?: string;
}): WithContext<ProfilePage> {
  return {
    '@context': CONTEXT,
    '@type': 'ProfilePage',
    url: absoluteUrl(page.path),
    inLanguage: page.locale,
    breadcrumb: breadcrumbList(page.crumbs),
    mainEntity: {
      '@type': 'Person',
      name: page.name,
      url: absoluteUrl(page.personPath),
      ...(page.description ? { description: page.description } : {}),
      ...(page.sameAs && page.sameAs.length > 0 ? { sameAs: [...page.sameAs] } : {}),
      ...(page.image ? { image: absoluteUrl(page.image) } : {}),
    },
  };
}

/** A static page (About, Contact, a policy) of the publication, in its language. */
export function staticWebPage(page: {
  locale: Locale;
  name: string;
  description?: string;
  path: string;
  dateModified: string;
  crumbs: readonly Crumb[];
  identity: Identity;
}): WithContext<WebPage> {
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    name: page.name,
    url: absoluteUrl(page.path),
    inLanguage: page.locale,
    dateModified: page.dateModified,
    ...(page.description ? { description: page.description } : {}),
    breadcrumb: breadcrumbList(page.crumbs),
    publisher: newsMediaOrganization(page.locale, page.identity),
  };
}
