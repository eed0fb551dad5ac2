/** Shapes of the demo content that `npm run db:seed` writes. Pure data, no database access. */
export type DemoLocale = 'en' | 'fr' | 'ar';

export type DemoSectionKey = 'politics' | 'economy' | 'culture' | 'environment' | 'technology';

export type DemoAuthorKey = 'leila' | 'karim' | 'sophie' | 'daniel';

export type DemoComment = {
  name: string;
  email: string;
  website?: string;
  body: string;
  /** Minutes after the article's publication. */
  afterMinutes: number;
  /** 'pending' comments wait in the moderation queue; default 'approved'. */
  status?: 'approved' | 'pending';
  replies?: DemoComment[];
};

export type DemoTranslation = {
  title: string;
  /** URL slug in this language: lowercase, words joined by '-', Arabic letters allowed for Arabic. */
  slug: string;
  /** One-sentence standfirst. */
  dek: string;
  /** HTML using only <p>, <h2>, <h3>, <blockquote>, <ul>, <ol>, <li>, <strong>, <em>, <a href>. 250–500 words. */
  body: string;
  /** Tag names in this language (2–4). */
  tags: string[];
  /** Image alt text in this language. */
  imageAlt: string;
  comments?: DemoComment[];
};

export type DemoStory = {
  /** Stable key, unique across all stories. */
  key: string;
  section: DemoSectionKey;
  author: DemoAuthorKey;
  /** Days before the seed date when the story was published (0–60). */
  daysAgo: number;
  /** Two colours (hex) and a motif for the locally generated featured image. */
  image: { from: string; to: string; motif: 'circles' | 'waves' | 'grid' | 'bars' | 'sun' };
  translations: Partial<Record<DemoLocale, DemoTranslation>>;
  /** Keys of other stories the editor picked for "Check also". */
  related?: string[];
  /** A credit line per language ("AFP", "Maydan + Agencies"); with `creditOnly` it is the whole byline. */
  credit?: Partial<Record<DemoLocale, string>>;
  creditOnly?: boolean;
  /** A correction note per language, published `afterHours` after the story (lib/corrections). */
  correction?: { afterHours: number; notes: Partial<Record<DemoLocale, string>> };
};
