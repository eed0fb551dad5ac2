import type { Metadata } from 'next';
import type { Locale } from '@/lib/i18n/config';
import { absoluteUrl } from '@/lib/routes';
import { pageAlternates, type Version } from './alternates';
import type { SizedImage } from './images';
import { siteShareImage } from '../share/images';
import { ogLocale } from './og-locale';
import type { Identity } from '../identity/identity';
import { pageTitle } from './site';

export type ArticleFacts = {
  publishedTime: string;
  modifiedTime: string;
  section?: string;
  tags: string[];
  /** Absolute URLs of the authors' pages (`article:author`). */
  authors: string[];
};

export type PageSeo = {
  locale: Locale;
  /** The page's own headline; the site name is added here. */
  headline: string;
  /** A whole title instead of "headline — site name" (the home page puts the site name first). */
  fullTitle?: string;
  description?: string;
  /** This page's path (a paginated page gives its own). */
  path: string;
  /** The same page in other languages. */
  translations?: readonly Version[];
  xDefault?: string;
  /** The link preview; pages that are not one story show the language's card (lib/share). */
  image?: (SizedImage & { alt: string }) | null;
  article?: ArticleFacts;
};

/**
 * The metadata of a reader page: "Headline — Site name", description, canonical and hreflang
 * alternates, Open Graph (with `article:*` facts for stories) and a Twitter card.
 */
export function readerMetadata(page: PageSeo, identity: Identity): Metadata {
  const site = identity.name[page.locale];
  const alternates = pageAlternates({ locale: page.locale, path: page.path }, page.translations ?? [], page.xDefault);
  const others = Object.keys(alternates.languages).filter((l) => l !== page.locale && l !== 'x-default') as Locale[];
  const description = page.description?.trim() || undefined;
  const image = page.image ?? siteShareImage(page.locale, identity);
  const images = [{ url: absoluteUrl(image.src), width: image.width, height: image.height, alt: image.alt }];
  const openGraph = {
    siteName: site,
    title: page.headline,
    description,
    url: alternates.canonical,
    locale: ogLocale(page.locale),
    alternateLocale: others.map((l) => ogLocale(l)),
    images,
  };
  return {
    title: { absolute: page.fullTitle ?? pageTitle(page.headline, site) },
    description,
    alternates,
    openGraph: page.article
      ? {
          ...openGraph,
          type: 'article',
          publishedTime: page.article.publishedTime,
          modifiedTime: page.article.modifiedTime,
          section: page.article.section,
          tags: page.article.tags,
          authors: page.article.authors,
        }
      : { ...openGraph, type: 'website' },
    twitter: {
      card: 'summary_large_image',
      title: page.headline,
      description,
      images,
    },
  };
}

/** Pages search engines should not list (previews, comment forms, search results); links are followed. */
export const NOINDEX: Metadata['robots'] = { index: false, follow: true };
