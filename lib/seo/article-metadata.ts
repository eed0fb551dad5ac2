import type { Metadata } from 'next';
import type { ArticlePage } from '@/lib/articles/types';
import { absoluteUrl, routes } from '@/lib/routes';
import { largestImage } from './images';
import { readerMetadata } from './metadata';

/**
 * A story's metadata: its SEO title and description when the editor wrote them, hreflang for
 * each published translation, and its Open Graph facts. The image is the featured image's
 * largest resized copy, with its real size.
 */
export function articleMetadata(article: ArticlePage): Metadata {
  const locale = article.locale;
  const largest = largestImage(article.imageVariants);
  const image = article.image
    ? {
        ...(largest ?? { src: article.image.src, width: article.image.width, height: article.image.height }),
        alt: article.image.alt,
      }
    : null;
  return readerMetadata({
    locale,
    headline: article.seoTitle || article.title,
    description: article.seoDescription || article.dek,
    path: routes.article(locale, article.slug),
    translations: article.translations.map((t) => ({ locale: t.locale, path: routes.article(t.locale, t.slug) })),
    image,
    article: {
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.section?.name,
      tags: article.tags.map((t) => t.name),
      authors: [absoluteUrl(routes.author(locale, article.author.slug))],
    },
  });
}
