import type { Metadata } from 'next';
import type { ArticlePage } from '@/lib/articles/types';
import type { Identity } from '@/lib/identity/identity';
import { absoluteUrl, routes } from '@/lib/routes';
import { articleShareImage } from '../share/images';
import { readerMetadata } from './metadata';

/**
 * A story's metadata: its SEO title and description when the editor wrote them, hreflang for
 * each published translation, and its Open Graph facts. The image is its 1200×630 link
 * preview: the featured image's crop, or a card drawn with the headline (lib/share).
 */
export function articleMetadata(article: ArticlePage, identity: Identity): Metadata {
  const locale = article.locale;
  return readerMetadata(
    {
      locale,
      headline: article.seoTitle || article.title,
      description: article.seoDescription || article.dek,
      path: routes.article(locale, article.slug),
      translations: article.translations.map((t) => ({ locale: t.locale, path: routes.article(t.locale, t.slug) })),
      image: articleShareImage(article, identity),
      article: {
        publishedTime: article.publishedAt,
        modifiedTime: article.updatedAt,
        section: article.section?.name,
        tags: article.tags.map((t) => t.name),
        authors: article.author ? [absoluteUrl(routes.author(locale, article.author.slug))] : [],
      },
    },
    identity,
  );
}
