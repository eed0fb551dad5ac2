import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/connect';
import { articles, sectionTranslations, sections } from '@/db/schema';
import { recordAudit } from './audit/write';
import type { Actor } from './auth/actor';
import { cacheTags } from './cache-tags';
import { isUniqueViolation } from './db-errors';
import { locales, type Locale } from './i18n/config';
import { invalid, ok, refuse } from './result';
import { MAX_SLUG_LENGTH, slugify } from './slug';
import {
  mayManageTaxonomy,
  optionalText,
  taxonomyFieldErrors,
  type TaxonomyFieldErrors,
  type TaxonomyResult,
} from './taxonomy';
import { rowIdParam } from './validation';

const perLocale = (max: number) =>
  z.object({ en: optionalText(max), fr: optionalText(max), ar: optionalText(max) }).default({ en: '', fr: '', ar: '' });

export const sectionInputSchema = z.object({
  names: perLocale(120),
  slugs: perLocale(MAX_SLUG_LENGTH),
  position: z.coerce.number().int().min(0).max(100_000).optional(),
});
export type SectionInput = z.input<typeof sectionInputSchema>;

export type SectionAdmin = {
  id: number;
  position: number;
  translations: Partial<Record<Locale, { name: string; slug: string }>>;
  articleCount: number;
};

/** Every section with its translations and article count (an empty list for other roles). */
export async function listSectionsAdmin(db: Db, actor: Actor): Promise<SectionAdmin[]> {
  if (!mayManageTaxonomy(actor)) return [];
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

/** Two saves racing for one slug: the unique index decides, and the loser hears "taken". */
const slugsTaken = (rows: { locale: Locale }[]) =>
  invalid(Object.fromEntries(rows.map((r) => [`slug.${r.locale}`, 'taken' as const])));

export async function createSection(db: Db, actor: Actor, raw: unknown): Promise<TaxonomyResult<{ id: number }>> {
  if (!mayManageTaxonomy(actor)) return refuse('forbidden');
  const parsed = sectionInputSchema.safeParse(raw);
  if (!parsed.success) return invalid(taxonomyFieldErrors(parsed.error));
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
    return ok({
      value: { id: sectionId },
      invalidate: sectionTags(
        sectionId,
        rows.map((r) => r.locale),
      ),
    });
  } catch (error) {
    if (isUniqueViolation(error)) return slugsTaken(rows);
    throw error;
  }
}

export async function updateSection(db: Db, actor: Actor, raw: unknown): Promise<TaxonomyResult<{ id: number }>> {
  if (!mayManageTaxonomy(actor)) return refuse('forbidden');
  const parsed = sectionInputSchema.extend({ id: rowIdParam }).safeParse(raw);
  if (!parsed.success) return invalid(taxonomyFieldErrors(parsed.error));
  const sectionId = parsed.data.id;
  const [section] = await db.select({ position: sections.position }).from(sections).where(eq(sections.id, sectionId));
  if (!section) return refuse('not-found');
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
    if (isUniqueViolation(error)) return slugsTaken(rows);
    throw error;
  }
  return ok({
    value: { id: sectionId },
    invalidate: sectionTags(sectionId, [...before.map((b) => b.locale), ...rows.map((r) => r.locale)]),
  });
}
