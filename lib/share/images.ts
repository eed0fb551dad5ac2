import { createHash } from 'node:crypto';
import type { ArticlePage } from '../articles/types';
import type { Locale } from '../i18n/config';
import { routes } from '../routes';
import type { SizedImage } from '../seo/images';
import type { Identity } from '../identity/identity';
import { SHARE_HEIGHT, SHARE_WIDTH } from './card';

/** Changes when the card's drawing changes, so apps fetch every card again. */
const CARD_DESIGN = '1';

/**
 * A short fingerprint of what a card shows. It goes in the card's URL: social apps keep a
 * preview image by URL, so a corrected headline gets a new URL and a new preview.
 */
export function cardVersion(...shown: string[]): string {
  return createHash('sha256')
    .update([CARD_DESIGN, ...shown].join('\u0000'))
    .digest('base64url')
    .slice(0, 12);
}

export type ShareImage = SizedImage & { alt: string };

type SharedStory = Pick<ArticlePage, 'locale' | 'slug' | 'title' | 'image' | 'shareImage'>;

/** The logo drawn cards show: the uploaded light-background one, else '' (the brand mark). */
export const cardLogo = (identity: Identity): string => (identity.logoLight ?? identity.logoDark)?.src ?? '';

/** What a story's card shows, for its version. */
export function articleCardVersion(article: SharedStory, identity: Identity): string {
  return cardVersion(identity.name[article.locale], article.title, article.image?.src ?? '', cardLogo(identity));
}

/**
 * A story's link preview, always 1200×630: the featured image's stored crop, or the generated
 * card (lib/share/render.ts: the featured image cropped when it predates stored crops,
 * otherwise the site name and headline).
 */
export function articleShareImage(article: SharedStory, identity: Identity): ShareImage {
  if (article.shareImage) return { ...article.shareImage, alt: article.image?.alt || article.title };
  return {
    src: routes.articleCard(article.locale, article.slug, articleCardVersion(article, identity)),
    width: SHARE_WIDTH,
    height: SHARE_HEIGHT,
    alt: article.image?.alt || article.title,
  };
}

/** What the language's own card shows, for its version. */
export function siteCardVersion(locale: Locale, identity: Identity): string {
  return cardVersion(identity.name[locale], identity.tagline[locale], cardLogo(identity));
}

/**
 * The preview of pages that are not one story: the home page, sections, tags, authors. The
 * admins' default share image (its stored 1200×630 crop) when they set one, else the drawn card.
 */
export function siteShareImage(locale: Locale, identity: Identity): ShareImage {
  if (identity.shareImage?.share)
    return { src: identity.shareImage.share, width: SHARE_WIDTH, height: SHARE_HEIGHT, alt: identity.name[locale] };
  return {
    src: routes.siteCard(locale, siteCardVersion(locale, identity)),
    width: SHARE_WIDTH,
    height: SHARE_HEIGHT,
    alt: identity.name[locale],
  };
}
