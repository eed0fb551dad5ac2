import type { EditableArticle } from '@/lib/articles/admin';
import type { ArticleKind } from '@/lib/articles/kind';
import type { ArticleChoice } from '@/lib/articles/list';
import type { Locale } from '@/lib/i18n/config';
import type { FeaturedImage } from './article-featured-image';

/** Everything the editor form holds; what it sends is derived from it by `toInput`. */
export type ArticleFormValues = {
  locale: Locale;
  /** A story or a static page: chosen when it is created, fixed afterwards. */
  kind: ArticleKind;
  title: string;
  slug: string;
  dek: string;
  body: string;
  sectionId: string;
  tags: string;
  featured: FeaturedImage | null;
  /** The credit line ("AFP"), and whether it replaces the staff author in the byline. */
  bylineCredit: string;
  creditOnly: boolean;
  translationOf: ArticleChoice | null;
  related: ArticleChoice[];
  seoTitle: string;
  seoDescription: string;
  commentsOpen: boolean;
};

export function emptyValues(
  locale: Locale,
  translationOf: ArticleChoice | null,
  kind: ArticleKind = 'story',
): ArticleFormValues {
  return {
    locale,
    kind,
    title: '',
    slug: '',
    dek: '',
    body: '',
    sectionId: '',
    tags: '',
    featured: null,
    bylineCredit: '',
    creditOnly: false,
    translationOf,
    related: [],
    seoTitle: '',
    seoDescription: '',
    // Pages take no comments; the server keeps them closed whatever is sent.
    commentsOpen: kind === 'story',
  };
}

/** Form values from a saved article; `known` gives titles for its related ids. */
export function valuesFrom(article: EditableArticle, known: ArticleChoice[]): ArticleFormValues {
  const byId = new Map(known.map((k) => [k.id, k]));
  return {
    locale: article.locale,
    kind: article.kind,
    title: article.title,
    slug: article.slug,
    dek: article.dek,
    body: article.body,
    sectionId: article.sectionId ? String(article.sectionId) : '',
    tags: article.tags.join(', '),
    featured: article.featuredMedia && {
      ...article.featuredMedia,
      caption: article.featuredCaption,
      credit: article.featuredCredit,
    },
    bylineCredit: article.bylineCredit,
    creditOnly: article.creditOnly,
    translationOf: null,
    related: article.relatedIds.map((id) => byId.get(id) ?? { id, title: `#${id}`, locale: article.locale }),
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    commentsOpen: article.commentsOpen,
  };
}

/** The shape lib/articles/input.ts parses. */
export function toInput(values: ArticleFormValues) {
  return {
    locale: values.locale,
    kind: values.kind,
    title: values.title,
    slug: values.slug,
    dek: values.dek,
    body: values.body,
    sectionId: values.sectionId || null,
    tags: values.tags,
    featuredMediaId: values.featured?.id ?? null,
    featuredCaption: values.featured?.caption ?? '',
    featuredCredit: values.featured?.credit ?? '',
    bylineCredit: values.bylineCredit,
    creditOnly: values.creditOnly,
    translationOf: values.translationOf?.id ?? null,
    relatedIds: values.related.map((r) => r.id),
    seoTitle: values.seoTitle,
    seoDescription: values.seoDescription,
    commentsOpen: values.commentsOpen,
  };
}

/** A stable fingerprint of what would be saved, to tell whether anything changed. */
export function fingerprint(values: ArticleFormValues): string {
  return JSON.stringify(toInput(values));
}

/**
 * The editor writes loaded HTML its own way (no newlines between blocks, its attribute order):
 * that rewrite is not an edit, so the baseline takes the editor's form of the body it loaded.
 */
export function rebaseBody(baseline: string, loaded: string, canonical: string): string {
  const parsed = JSON.parse(baseline) as { body?: unknown };
  if (parsed.body !== loaded) return baseline;
  return JSON.stringify({ ...parsed, body: canonical });
}
