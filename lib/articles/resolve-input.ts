import 'server-only';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articles, media } from '@/db/schema';
import type { Actor } from '../auth/actor';
import { slugify } from '../slug';
import { isReservedPageSlug } from './kind';
import type { ArticleFieldErrors, ArticleInput } from './input';
import { referenceableArticles, usableMedia } from './visibility';

/** The article being saved, as stored: what it already references stays allowed. */
export type SavedReferences = {
  id: number;
  translationGroupId: string;
  relatedIds: number[];
  featuredMediaId: number | null;
};

/**
 * Validates input beyond its shape: slug uniqueness, translation group, related stories and
 * featured image. Every reference goes through the visibility rule (lib/articles/visibility.ts):
 * an id the person may not see answers `invalid`, exactly as an id that does not exist.
 */
export async function resolveInput(db: Db, actor: Actor, input: ArticleInput, self: SavedReferences | null) {
  const selfId = self?.id ?? null;
  const fieldErrors: ArticleFieldErrors = {};
  const slug = slugify(input.slug || input.title);
  if (!slug) fieldErrors.slug = 'invalid';
  // A page lives at /{locale}/{slug}: it may not take a reader route's first segment.
  else if (input.kind === 'page' && isReservedPageSlug(slug)) fieldErrors.slug = 'taken';
  else {
    const [clash] = await db
      .select({ id: articles.id })
      .from(articles)
      .where(
        and(eq(articles.locale, input.locale), eq(articles.slug, slug), selfId ? ne(articles.id, selfId) : undefined),
      );
    if (clash) fieldErrors.slug = 'taken';
  }
  let translationGroupId: string | null = null;
  if (input.translationOf) {
    const [source] = await db
      .select({ group: articles.translationGroupId, locale: articles.locale, kind: articles.kind })
      .from(articles)
      .where(and(eq(articles.id, input.translationOf), referenceableArticles(actor)));
    // A page translates a page, a story a story.
    if (!source || source.locale === input.locale || source.kind !== input.kind) fieldErrors.translationOf = 'invalid';
    else if (source.group !== self?.translationGroupId) {
      const [taken] = await db
        .select({ id: articles.id })
        .from(articles)
        .where(
          and(
            eq(articles.translationGroupId, source.group),
            eq(articles.locale, input.locale),
            selfId ? ne(articles.id, selfId) : undefined,
          ),
        );
      if (taken) fieldErrors.translationOf = 'taken';
      else translationGroupId = source.group;
    }
  }
  // Pages have no related stories and no tags (contentColumns keeps no section or credit either).
  const relatedIds = input.kind === 'page' ? [] : [...new Set(input.relatedIds.filter((id) => id !== selfId))];
  const newRelated = relatedIds.filter((id) => !self?.relatedIds.includes(id));
  if (relatedIds.length) {
    const found = await db
      .select({ id: articles.id })
      .from(articles)
      .where(and(inArray(articles.id, relatedIds), eq(articles.locale, input.locale)));
    const allowed = newRelated.length
      ? await db
          .select({ id: articles.id })
          .from(articles)
          .where(and(inArray(articles.id, newRelated), referenceableArticles(actor)))
      : [];
    if (found.length !== relatedIds.length || allowed.length !== newRelated.length) fieldErrors.relatedIds = 'invalid';
  }
  if (input.featuredMediaId && input.featuredMediaId !== self?.featuredMediaId) {
    const [found] = await db
      .select({ id: media.id })
      .from(media)
      .where(and(eq(media.id, input.featuredMediaId), usableMedia(db, actor)));
    if (!found) fieldErrors.featuredMediaId = 'invalid';
  }
  const tagNames =
    input.kind === 'page' ? [] : [...new Map(input.tags.map((name) => [slugify(name), name.trim()])).entries()];
  if (tagNames.some(([tagSlug]) => !tagSlug)) fieldErrors.tags = 'invalid';
  return { fieldErrors, slug, translationGroupId, relatedIds, tagNames };
}
