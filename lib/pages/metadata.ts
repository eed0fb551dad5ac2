import type { Metadata } from 'next';
import type { Identity } from '../identity/identity';
import { routes } from '../routes';
import { readerMetadata } from '../seo/metadata';
import type { StaticPage } from './queries';

/** A page's title and description (its SEO fields when written), canonical and its translations. */
export function staticPageMetadata(page: StaticPage, identity: Identity): Metadata {
  return readerMetadata(
    {
      locale: page.locale,
      headline: page.seoTitle || page.title,
      description: page.seoDescription || page.dek,
      path: routes.page(page.locale, page.slug),
      translations: page.translations.map((t) => ({ locale: t.locale, path: routes.page(t.locale, t.slug) })),
    },
    identity,
  );
}
