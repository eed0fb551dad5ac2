import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { cacheTags } from '../cache-tags';
import type { Locale } from '../i18n/config';
import { MAX_SLUG_LENGTH } from '../slug';
import { getArticleBySlug } from './article-page';
import type { ArticleKind } from './kind';
import * as queries from './queries';
import type { ArticleCard } from './types';

export type { ArticleCard, ArticlePage, Paged, PublicComment } from './types';

const READER_REVALIDATE = 300;

/**
 * Lists hide stories whose publication time is still ahead. Their cache entry must not
 * outlive that moment, so a scheduled story appears on time without a cron job (feeds too).
 */
export async function lifeUntilNextScheduled(locale: Locale, kind: ArticleKind | 'any' = 'story') {
  const next = await queries.getNextScheduledAt(getDb(), locale, kind);
  const seconds = next ? Math.ceil((next.getTime() - Date.now()) / 1000) : Infinity;
  if (seconds < READER_REVALIDATE) {
    const revalidate = Math.max(1, seconds);
    // `stale` stays at 30 s: under it Next 16 leaves the entry out of prerendered pages, and a
    // page regenerated less than 30 s before a scheduled story went live failed.
    cacheLife({ stale: 30, revalidate, expire: 3600 });
  } else {
    cacheLife('reader');
  }
}

/** Stories show their author's name: a change of that name expires every read that shows it. */
function tagAuthors(cards: Iterable<Pick<ArticleCard, 'author'>>) {
  const ids = new Set<number>();
  for (const card of cards) if (card.author) ids.add(card.author.id);
  if (ids.size > 0) cacheTag(...[...ids].map(cacheTags.author));
}

export async function getHome(locale: Locale) {
  'use cache';
  cacheTag(cacheTags.home(locale), cacheTags.stories(locale), cacheTags.sections);
  await lifeUntilNextScheduled(locale);
  const home = await queries.getHome(getDb(), locale);
  tagAuthors([...(home.lead ? [home.lead] : []), ...home.latest, ...home.sections.flatMap((s) => s.stories)]);
  return home;
}

export async function getSections(locale: Locale) {
  'use cache';
  // Only sections with a visible story are listed, so a publish or unpublish changes the list.
  cacheTag(cacheTags.sections, cacheTags.stories(locale));
  await lifeUntilNextScheduled(locale);
  return queries.listSections(getDb(), locale);
}

export type StoryListKind = 'section' | 'tag' | 'author';

export async function getStoryList(locale: Locale, kind: StoryListKind, id: number, page: number) {
  'use cache';
  cacheTag(
    cacheTags.stories(locale),
    kind === 'section' ? cacheTags.section(id) : kind === 'tag' ? cacheTags.tag(id) : cacheTags.author(id),
  );
  await lifeUntilNextScheduled(locale);
  const filter = kind === 'section' ? { sectionId: id } : kind === 'tag' ? { tagId: id } : { authorId: id };
  const list = await queries.listStories(getDb(), locale, filter, page);
  tagAuthors(list.items);
  return list;
}

export async function getSection(locale: Locale, slug: string) {
  'use cache';
  cacheTag(cacheTags.sections);
  cacheLife('reader');
  if (slug.length > MAX_SLUG_LENGTH) return null;
  return queries.getSectionBySlug(getDb(), locale, slug);
}

export async function getTag(locale: Locale, slug: string) {
  'use cache';
  cacheTag(cacheTags.tags(locale));
  cacheLife('reader');
  if (slug.length > MAX_SLUG_LENGTH) return null;
  return queries.getTagBySlug(getDb(), locale, slug);
}

/** The author behind an author page, named for readers of `locale`. */
export async function getAuthor(locale: Locale, slug: string) {
  'use cache';
  cacheTag(cacheTags.authors);
  cacheLife('reader');
  if (slug.length > MAX_SLUG_LENGTH) return null;
  const author = await queries.getAuthorBySlug(getDb(), locale, slug);
  if (author) cacheTag(cacheTags.author(author.id));
  return author;
}

export async function getArticle(locale: Locale, slug: string) {
  'use cache';
  if (slug.length > MAX_SLUG_LENGTH) {
    cacheLife('reader');
    return null;
  }
  cacheTag(cacheTags.articleSlug(locale, slug), cacheTags.stories(locale));
  await lifeUntilNextScheduled(locale);
  const article = await getArticleBySlug(getDb(), locale, slug);
  if (article) {
    cacheTag(cacheTags.article(article.id), cacheTags.translations(article.translationGroupId));
    tagAuthors([article, ...article.related]);
  }
  return article;
}

export async function getApprovedComments(articleId: number) {
  'use cache';
  cacheTag(cacheTags.comments(articleId));
  cacheLife('reader');
  return queries.listApprovedComments(getDb(), articleId);
}
