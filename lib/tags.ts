import 'server-only';
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/connect';
import { articleTags, tags } from '@/db/schema';
import { recordAudit } from './audit/write';
import type { Actor } from './auth/actor';
import { cacheTags } from './cache-tags';
import { isUniqueViolation } from './db-errors';
import { locales, type Locale } from './i18n/config';
import { invalid, ok, refuse } from './result';
import { MAX_SLUG_LENGTH, slugify } from './slug';
import { mayManageTaxonomy, optionalText, taxonomyFieldErrors, type TaxonomyResult } from './taxonomy';
import { rowIdParam } from './validation';

export const TAG_NAME_MAX = 60;
export const tagCreateSchema = z.object({ locale: z.enum(locales), name: z.string().trim().min(1).max(TAG_NAME_MAX) });
export const tagRenameSchema = z.object({
  id: rowIdParam,
  name: z.string().trim().min(1).max(TAG_NAME_MAX),
  slug: optionalText(MAX_SLUG_LENGTH),
});
export const tagMergeSchema = z.object({ sourceIds: z.array(rowIdParam).min(1).max(200), targetId: rowIdParam });

export type TagAdmin = { id: number; locale: Locale; name: string; slug: string; articleCount: number };

const tagCount = sql<number>`(select count(*) from ${articleTags} where ${articleTags.tagId} = ${tags.id})::int`;

export type TagPage = { items: TagAdmin[]; total: number; page: number; pageCount: number };

/** One page of a locale's tags, by name (an empty page for other roles: see lib/taxonomy.ts). */
export async function listTagsAdmin(
  db: Db,
  actor: Actor,
  options: { locale: Locale; page?: number; query?: string; pageSize?: number },
): Promise<TagPage> {
  if (!mayManageTaxonomy(actor)) return { items: [], total: 0, page: 1, pageCount: 1 };
  const pageSize = options.pageSize ?? 100;
  const query = options.query?.trim().toLowerCase() ?? '';
  const where = and(
    eq(tags.locale, options.locale),
    query ? sql`strpos(lower(${tags.name}), ${query}) > 0` : undefined,
  );
  const [{ total }] = (await db
    .select({ total: sql<number>`count(*)::int` })
    .from(tags)
    .where(where)) as [{ total: number }];
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
  const items: TagAdmin[] = await db
    .select({ id: tags.id, locale: tags.locale, name: tags.name, slug: tags.slug, articleCount: tagCount })
    .from(tags)
    .where(where)
    .orderBy(asc(tags.name), asc(tags.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items, total, page, pageCount };
}

/** Every tag of a locale, for the "tag to keep" choice when merging. */
export async function listTagOptions(db: Db, actor: Actor, locale: Locale): Promise<{ id: number; name: string }[]> {
  if (!mayManageTaxonomy(actor)) return [];
  return db
    .select({ id: tags.id, name: tags.name })
    .from(tags)
    .where(eq(tags.locale, locale))
    .orderBy(asc(tags.name), asc(tags.id));
}

function tagTagsToExpire(locale: Locale, ids: number[]): string[] {
  // Article pages list their tags by name, so story caches of the locale go too.
  return [cacheTags.tags(locale), cacheTags.stories(locale), ...ids.map((i) => cacheTags.tag(i))];
}

/** Tag names are plain text: stored exactly as typed (trimmed), escaped wherever shown. */
export async function createTag(db: Db, actor: Actor, raw: unknown): Promise<TaxonomyResult<TagAdmin>> {
  if (!mayManageTaxonomy(actor)) return refuse('forbidden');
  const parsed = tagCreateSchema.safeParse(raw);
  if (!parsed.success) return invalid(taxonomyFieldErrors(parsed.error));
  const { locale, name } = parsed.data;
  const slug = slugify(name);
  if (!slug) return invalid({ name: 'invalid' });
  const [clash] = await db
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.locale, locale), eq(tags.slug, slug)));
  if (clash) return invalid({ name: 'taken' });
  try {
    const tag = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(tags)
        .values({ locale, name, slug })
        .returning({ id: tags.id, locale: tags.locale, name: tags.name, slug: tags.slug });
      await recordAudit(tx, actor.id, 'tag.save', 'tag', row!.id, { created: true, locale, name, slug });
      return { ...row!, articleCount: 0 };
    });
    return ok({ value: tag, invalidate: tagTagsToExpire(locale, [tag.id]) });
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ name: 'taken' });
    throw error;
  }
}

export async function renameTag(db: Db, actor: Actor, raw: unknown): Promise<TaxonomyResult<TagAdmin>> {
  if (!mayManageTaxonomy(actor)) return refuse('forbidden');
  const parsed = tagRenameSchema.safeParse(raw);
  if (!parsed.success) return invalid(taxonomyFieldErrors(parsed.error));
  const { id: tagId, name } = parsed.data;
  const [current] = await db
    .select({ locale: tags.locale, name: tags.name, slug: tags.slug })
    .from(tags)
    .where(eq(tags.id, tagId));
  if (!current) return refuse('not-found');
  const slugField = parsed.data.slug ? 'slug' : 'name';
  const slug = slugify(parsed.data.slug || name);
  if (!slug) return invalid({ [slugField]: 'invalid' as const });
  const [clash] = await db
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.locale, current.locale), eq(tags.slug, slug), ne(tags.id, tagId)));
  if (clash) return invalid({ [slugField]: 'taken' as const });
  try {
    await db.transaction(async (tx) => {
      await tx.update(tags).set({ name, slug, updatedAt: new Date() }).where(eq(tags.id, tagId));
      await recordAudit(tx, actor.id, 'tag.save', 'tag', tagId, {
        locale: current.locale,
        name,
        slug,
        before: { name: current.name, slug: current.slug },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ [slugField]: 'taken' as const });
    throw error;
  }
  const [{ articleCount }] = (await db.select({ articleCount: tagCount }).from(tags).where(eq(tags.id, tagId))) as [
    { articleCount: number },
  ];
  return ok({
    value: { id: tagId, locale: current.locale, name, slug, articleCount },
    invalidate: tagTagsToExpire(current.locale, [tagId]),
  });
}

/**
 * Moves every article of the source tags to the target (an article tagged with both keeps one
 * link) and deletes the sources, in one transaction.
 */
export async function mergeTags(
  db: Db,
  actor: Actor,
  raw: unknown,
): Promise<TaxonomyResult<{ targetId: number; merged: number }>> {
  if (!mayManageTaxonomy(actor)) return refuse('forbidden');
  const parsed = tagMergeSchema.safeParse(raw);
  if (!parsed.success) return invalid(taxonomyFieldErrors(parsed.error));
  const { targetId } = parsed.data;
  const sourceIds = [...new Set(parsed.data.sourceIds)];
  if (sourceIds.includes(targetId)) return invalid({ targetId: 'invalid' });
  const found = await db
    .select({ id: tags.id, locale: tags.locale, name: tags.name })
    .from(tags)
    .where(inArray(tags.id, [targetId, ...sourceIds]));
  const target = found.find((t) => t.id === targetId);
  if (!target || found.length !== sourceIds.length + 1) return refuse('not-found');
  if (found.some((t) => t.locale !== target.locale)) return invalid({ sourceIds: 'mixed-locales' });
  await db.transaction(async (tx) => {
    await tx
      .insert(articleTags)
      .select(
        tx
          .selectDistinct({ articleId: articleTags.articleId, tagId: sql<number>`${targetId}::int`.as('tag_id') })
          .from(articleTags)
          .where(inArray(articleTags.tagId, sourceIds)),
      )
      .onConflictDoNothing();
    await tx.delete(tags).where(inArray(tags.id, sourceIds));
    await recordAudit(tx, actor.id, 'tag.merge', 'tag', targetId, {
      locale: target.locale,
      target: target.name,
      sources: found.filter((t) => t.id !== targetId).map((t) => ({ id: t.id, name: t.name })),
    });
  });
  return ok({
    value: { targetId, merged: sourceIds.length },
    invalidate: tagTagsToExpire(target.locale, [targetId, ...sourceIds]),
  });
}
