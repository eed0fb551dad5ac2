import 'server-only';
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/connect';
import { articleTags, articles, sectionTranslations, sections, tags } from '@/db/schema';
import { recordAudit } from './audit';
import { can, type Role } from './auth/permissions';
import { cacheTags } from './cache-tags';
import { locales, perLocale as eachLocale, type Locale } from './i18n/config';
import { MAX_SLUG_LENGTH, slugify } from './slug';

export type Actor = { id: number; role: Role };

/** Error codes per field; the admin screens turn them into sentences. Field keys match form names. */
export type TaxonomyErrorCode = 'required' | 'too-long' | 'invalid' | 'taken' | 'cannot-remove' | 'mixed-locales';
export type TaxonomyFieldErrors = Record<string, TaxonomyErrorCode>;

export type TaxonomyResult<T> =
  | { ok: true; value: T; invalidate: string[] }
  | { ok: false; reason: 'invalid'; fieldErrors: TaxonomyFieldErrors }
  | { ok: false; reason: 'forbidden' | 'not-found' };

const text = (max: number) => z.string().trim().max(max).default('');
const perLocale = (max: number) => z.object(eachLocale(() => text(max))).default(eachLocale(() => ''));
const id = z.coerce.number().int().positive().max(2_147_483_647);

export const sectionInputSchema = z.object({
  names: perLocale(120),
  slugs: perLocale(MAX_SLUG_LENGTH),
  position: z.coerce.number().int().min(0).max(100_000).optional(),
});
export type SectionInput = z.input<typeof sectionInputSchema>;

export const TAG_NAME_MAX = 60;
export const tagCreateSchema = z.object({ locale: z.enum(locales), name: z.string().trim().min(1).max(TAG_NAME_MAX) });
export const tagRenameSchema = z.object({
  id,
  name: z.string().trim().min(1).max(TAG_NAME_MAX),
  slug: text(MAX_SLUG_LENGTH),
});
export const tagMergeSchema = z.object({ sourceIds: z.array(id).min(1).max(200), targetId: id });

function zodErrors(error: z.ZodError): TaxonomyFieldErrors {
  const out: TaxonomyFieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path
      .map((p) => (p === 'names' ? 'name' : p === 'slugs' ? 'slug' : String(p)))
      .join('.')
      .replace(/\.\d+$/, '');
    out[key] ??= issue.code === 'too_small' ? 'required' : issue.code === 'too_big' ? 'too-long' : 'invalid';
  }
  return out;
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

const invalid = (fieldErrors: TaxonomyFieldErrors) => ({ ok: false, reason: 'invalid', fieldErrors }) as const;

// ---------------------------------------------------------------- sections

export type SectionAdmin = {
  id: number;
  position: number;
  translations: Partial<Record<Locale, { name: string; slug: string }>>;
  articleCount: number;
};

export async function listSectionsAdmin(db: Db): Promise<SectionAdmin[]> {
  const rows = await db
    .select({
      id: sections.id,
      position: sections.position,
      count: sql<number>`(select count(*) from ${articles} where ${articles.sectionId} = ${sections.id} and ${articles.deletedAt} is null)::int`,
    })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.id));
  const translations = await db.select().from(sectionTranslations);
  return rows.map((row) => ({
    id: row.id,
    position: row.position,
    articleCount: row.count,
    translations: Object.fromEntries(
      translations.filter((t) => t.sectionId === row.id).map((t) => [t.locale, { name: t.name, slug: t.slug }]),
    ),
  }));
}

/** Resolves names and slugs per locale and checks slugs are free; `selfId` is the section being edited. */
async function resolveSection(
  db: Db,
  input: z.output<typeof sectionInputSchema>,
  selfId: number | null,
  existing: Set<Locale>,
) {
  const fieldErrors: TaxonomyFieldErrors = {};
  const rows: { locale: Locale; name: string; slug: string }[] = [];
  for (const locale of locales) {
    const name = input.names[locale];
    if (!name) {
      if (existing.has(locale)) fieldErrors[`name.${locale}`] = 'cannot-remove';
      else if (input.slugs[locale]) fieldErrors[`name.${locale}`] = 'required';
      continue;
    }
    const slug = slugify(input.slugs[locale] || name);
    if (!slug) {
      fieldErrors[`slug.${locale}`] = 'invalid';
      continue;
    }
    const [clash] = await db
      .select({ id: sectionTranslations.sectionId })
      .from(sectionTranslations)
      .where(
        and(
          eq(sectionTranslations.locale, locale),
          eq(sectionTranslations.slug, slug),
          selfId ? ne(sectionTranslations.sectionId, selfId) : undefined,
        ),
      );
    if (clash) fieldErrors[`slug.${locale}`] = 'taken';
    rows.push({ locale, name, slug });
  }
  if (rows.length === 0 && Object.keys(fieldErrors).length === 0) fieldErrors['name.en'] = 'required';
  return { fieldErrors, rows };
}

function sectionTags(sectionId: number, touched: Iterable<Locale>): string[] {
  const out = [cacheTags.sections, cacheTags.section(sectionId)];
  // Story cards, article pages and home pages show the section's name.
  for (const locale of new Set(touched)) out.push(cacheTags.stories(locale), cacheTags.home(locale));
  return out;
}

export async function createSection(db: Db, actor: Actor, raw: unknown): Promise<TaxonomyResult<{ id: number }>> {
  if (!can(actor.role, 'taxonomy.manage')) return { ok: false, reason: 'forbidden' };
  const parsed = sectionInputSchema.safeParse(raw);
  if (!parsed.success) return invalid(zodErrors(parsed.error));
  const { fieldErrors, rows } = await resolveSection(db, parsed.data, null, new Set());
  if (Object.keys(fieldErrors).length) return invalid(fieldErrors);
  try {
    const sectionId = await db.transaction(async (tx) => {
      const [max] = await tx.select({ n: sql<number>`coalesce(max(${sections.position}), -1)::int` }).from(sections);
      const position = parsed.data.position ?? (max?.n ?? -1) + 1;
      const [row] = await tx.insert(sections).values({ position }).returning({ id: sections.id });
      await tx.insert(sectionTranslations).values(rows.map((r) => ({ sectionId: row!.id, ...r })));
      await recordAudit(tx, actor.id, 'section.save', 'section', row!.id, {
        created: true,
        position,
        translations: rows,
      });
      return row!.id;
    });
    return {
      ok: true,
      value: { id: sectionId },
      invalidate: sectionTags(
        sectionId,
        rows.map((r) => r.locale),
      ),
    };
  } catch (error) {
    if (isUniqueViolation(error))
      return invalid(Object.fromEntries(rows.map((r) => [`slug.${r.locale}`, 'taken' as const])));
    throw error;
  }
}

export async function updateSection(db: Db, actor: Actor, raw: unknown): Promise<TaxonomyResult<{ id: number }>> {
  if (!can(actor.role, 'taxonomy.manage')) return { ok: false, reason: 'forbidden' };
  const parsed = sectionInputSchema.extend({ id }).safeParse(raw);
  if (!parsed.success) return invalid(zodErrors(parsed.error));
  const sectionId = parsed.data.id;
  const [section] = await db.select({ position: sections.position }).from(sections).where(eq(sections.id, sectionId));
  if (!section) return { ok: false, reason: 'not-found' };
  const before = await db.select().from(sectionTranslations).where(eq(sectionTranslations.sectionId, sectionId));
  const { fieldErrors, rows } = await resolveSection(db, parsed.data, sectionId, new Set(before.map((b) => b.locale)));
  if (Object.keys(fieldErrors).length) return invalid(fieldErrors);
  const position = parsed.data.position ?? section.position;
  try {
    await db.transaction(async (tx) => {
      for (const r of rows) {
        await tx
          .insert(sectionTranslations)
          .values({ sectionId, ...r })
          .onConflictDoUpdate({
            target: [sectionTranslations.sectionId, sectionTranslations.locale],
            set: { name: r.name, slug: r.slug },
          });
      }
      await tx.update(sections).set({ position, updatedAt: new Date() }).where(eq(sections.id, sectionId));
      await recordAudit(tx, actor.id, 'section.save', 'section', sectionId, {
        position,
        translations: rows,
        before: before.map((b) => ({ locale: b.locale, name: b.name, slug: b.slug })),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return invalid(Object.fromEntries(rows.map((r) => [`slug.${r.locale}`, 'taken' as const])));
    throw error;
  }
  return {
    ok: true,
    value: { id: sectionId },
    invalidate: sectionTags(sectionId, [...before.map((b) => b.locale), ...rows.map((r) => r.locale)]),
  };
}

// ---------------------------------------------------------------- tags

export type TagAdmin = { id: number; locale: Locale; name: string; slug: string; articleCount: number };

const tagCount = sql<number>`(select count(*) from ${articleTags} where ${articleTags.tagId} = ${tags.id})::int`;

export async function listTagsAdmin(
  db: Db,
  options: { locale: Locale; page?: number; query?: string; pageSize?: number },
) {
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
export async function listTagOptions(db: Db, locale: Locale) {
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
  if (!can(actor.role, 'taxonomy.manage')) return { ok: false, reason: 'forbidden' };
  const parsed = tagCreateSchema.safeParse(raw);
  if (!parsed.success) return invalid(zodErrors(parsed.error));
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
    return { ok: true, value: tag, invalidate: tagTagsToExpire(locale, [tag.id]) };
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ name: 'taken' });
    throw error;
  }
}

export async function renameTag(db: Db, actor: Actor, raw: unknown): Promise<TaxonomyResult<TagAdmin>> {
  if (!can(actor.role, 'taxonomy.manage')) return { ok: false, reason: 'forbidden' };
  const parsed = tagRenameSchema.safeParse(raw);
  if (!parsed.success) return invalid(zodErrors(parsed.error));
  const { id: tagId, name } = parsed.data;
  const [current] = await db
    .select({ locale: tags.locale, name: tags.name, slug: tags.slug })
    .from(tags)
    .where(eq(tags.id, tagId));
  if (!current) return { ok: false, reason: 'not-found' };
  const slugField = parsed.data.slug ? 'slug' : 'name';
  const slug = slugify(parsed.data.slug || name);
  if (!slug) return invalid({ [slugField]: 'invalid' });
  const [clash] = await db
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.locale, current.locale), eq(tags.slug, slug), ne(tags.id, tagId)));
  if (clash) return invalid({ [slugField]: 'taken' });
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
    if (isUniqueViolation(error)) return invalid({ [slugField]: 'taken' });
    throw error;
  }
  const [{ articleCount }] = (await db.select({ articleCount: tagCount }).from(tags).where(eq(tags.id, tagId))) as [
    { articleCount: number },
  ];
  return {
    ok: true,
    value: { id: tagId, locale: current.locale, name, slug, articleCount },
    invalidate: tagTagsToExpire(current.locale, [tagId]),
  };
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
  if (!can(actor.role, 'taxonomy.manage')) return { ok: false, reason: 'forbidden' };
  const parsed = tagMergeSchema.safeParse(raw);
  if (!parsed.success) return invalid(zodErrors(parsed.error));
  const { targetId } = parsed.data;
  const sourceIds = [...new Set(parsed.data.sourceIds)];
  if (sourceIds.includes(targetId)) return invalid({ targetId: 'invalid' });
  const found = await db
    .select({ id: tags.id, locale: tags.locale, name: tags.name })
    .from(tags)
    .where(inArray(tags.id, [targetId, ...sourceIds]));
  const target = found.find((t) => t.id === targetId);
  if (!target || found.length !== sourceIds.length + 1) return { ok: false, reason: 'not-found' };
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
  return {
    ok: true,
    value: { targetId, merged: sourceIds.length },
    invalidate: tagTagsToExpire(target.locale, [targetId, ...sourceIds]),
  };
}
