import type { MediaRef } from '@/db/schema';
import type { Locale } from '../i18n/config';

export type ImageDto = { src: string; width: number; height: number; alt: string };

export type SectionRef = { id: number; name: string; slug: string };

export type AuthorRef = { id: number; name: string; slug: string };

/** A story in a list: everything a card shows, nothing more. */
export type ArticleCard = {
  id: number;
  locale: Locale;
  slug: string;
  title: string;
  dek: string;
  publishedAt: string;
  section: SectionRef | null;
  /** The staff author readers see; null when the byline is the credit alone (lib/articles/cards.ts). */
  author: AuthorRef | null;
  /** The credit line ("AFP", "World Opinions + Agencies"); empty for none. */
  credit: string;
  image: ImageDto | null;
  commentCount: number;
};

export type ArticlePage = ArticleCard & {
  /** Shown under the featured image (plain text; empty when none). */
  imageCaption: string;
  imageCredit: string;
  /** The featured image's copies readers can load, with their real sizes, largest first (lib/seo/images.ts). */
  imageVariants: { src: string; width: number; height: number }[];
  /** The featured image's 1200×630 link-preview crop, when the upload has one (lib/media/store.ts). */
  shareImage: { src: string; width: number; height: number } | null;
  translationGroupId: string;
  body: string;
  updatedAt: string;
  seoTitle: string;
  seoDescription: string;
  commentsOpen: boolean;
  tags: { id: number; name: string; slug: string }[];
  translations: { locale: Locale; slug: string; title: string }[];
  related: ArticleCard[];
  /** The signing staff author's biography (in the story's language), profile links and photo; null for a credit-only byline. */
  authorProfile: { bio: string; social: string[]; photo: MediaRef | null } | null;
  /** Dated correction notes, oldest first (lib/corrections). */
  corrections: { id: number; body: string; createdAt: string }[];
};

export type Paged<T> = { items: T[]; total: number; page: number; pageCount: number };

/** An approved comment as readers see it: no email, no IP, no user agent. */
export type PublicComment = {
  id: number;
  parentId: number | null;
  name: string;
  website: string | null;
  body: string;
  createdAt: string;
  isStaff: boolean;
};
