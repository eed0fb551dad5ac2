import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articleTags, articles, relatedArticles, tags } from '@/db/schema';
import { recordAudit } from '../audit/write';
import type { Actor } from '../auth/actor';
import { can, canEditArticle, canViewArticle } from '../auth/permissions';
import { cacheTags } from '../cache-tags';
import { isUniqueViolation } from '../db-errors';
import type { Locale } from '../i18n/config';
import { invalid, ok, refuse, type FieldErrors, type Result } from '../result';
import { sanitizeArticleHtml } from '../sanitize';
import { articleSlugVariants } from '../tag-search-key';
import { fieldErrorsFromZod } from '../validation';
import { loadState, readEditable, tagsTouched, type EditableArticle } from './admin';
import { articleInputSchema, type ArticleErrorCode, type ArticleField, type ArticleInput } from './input';
import { isLive } from './live';
import { resolveInput } from './resolve-input';
import { getRevision, keepRevision, type RevisionKind } from './revisions';

/** A write that went through: the article as saved, and the cache tags it expires. */
export type Saved = { article: EditableArticle; invalidate: string[] };

/**
 * Someone saved first (`conflict`), or the story is live and the save did not confirm changing
 * it for readers (`confirm-live`): nothing is written, and the article as it now is comes back.
 */
export type Stale = { ok: false; reason: 'conflict' | 'confirm-live'; current: EditableArticle };

export type SaveResult = Result<Saved, 'forbidden' | 'not-found' | 'invalid', ArticleField, ArticleErrorCode> | Stale;

const stale = async (db: Db, actor: Actor, id: number, reason: Stale['reason']): Promise<Stale> => ({
  ok: false,
  reason,
  current: (await readEditable(db, id, actor))!,
});

/** The shape of the input, with zod's issues as codes on the form's top-level fields. */
function parseInput(
  raw: unknown,
): { ok: true; input: ArticleInput } | { ok: false; fieldErrors: FieldErrors<ArticleField, ArticleErrorCode> } {
  const parsed = articleInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  const fieldErrors = fieldErrorsFromZod<ArticleField>(parsed.error, (path) => (path.length ? String(path[0]) : null));
  // The schema names no code of its own (see ArticleErrorCode): only required, too-long, invalid.
  return { ok: false, fieldErrors: fieldErrors as FieldErrors<ArticleField, ArticleErrorCode> };
}

type Resolved = Awaited<ReturnType<typeof resolveInput>>;

/**
 * The columns a save writes from the form: the same list for a new article and an update. A page
 * has no section, featured image, credit line or comments (its images are in its text): whatever
 * the form sent for those is not kept.
 */
function contentColumns(input: ArticleInput, resolved: Resolved) {
  const page = input.kind === 'page';
  return {
    ...(resolved.translationGroupId ? { translationGroupId: resolved.translationGroupId } : {}),
    slug: resolved.slug,
    title: input.title,
    dek: input.dek,
    body: sanitizeArticleHtml(input.body),
    sectionId: page ? null : input.sectionId,
    featuredMediaId: page ? null : input.featuredMediaId,
    featuredCaption: page ? '' : input.featuredCaption,
    featuredCredit: page ? '' : input.featuredCredit,
    bylineCredit: page ? '' : input.bylineCredit,
    creditOnly: page ? false : input.creditOnly,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
    commentsOpen: page ? false : input.commentsOpen,
  } satisfies Partial<typeof articles.$inferInsert>;
}

async function writeRelations(
  tx: Db,
  articleId: number,
  locale: Locale,
  tagNames: [string, string][],
  relatedIds: number[],
) {
  await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
  for (const [tagSlug, name] of tagNames) {
    // "مياه" joins an existing "المياه" (and the other way round) instead of becoming a near-duplicate.
    const found = await tx
      .select({ id: tags.id, slug: tags.slug })
      .from(tags)
      .where(and(eq(tags.locale, locale), inArray(tags.slug, articleSlugVariants(tagSlug))))
      .orderBy(asc(tags.id));
    const existing = found.find((t) => t.slug === tagSlug) ?? found[0];
    const tagId =
      existing?.id ??
      (
        await tx.insert(tags).values({ locale, name, slug: tagSlug }).onConflictDoNothing().returning({ id: tags.id })
      )[0]?.id ??
      (
        await tx
          .select({ id: tags.id })
          .from(tags)
          .where(and(eq(tags.locale, locale), eq(tags.slug, tagSlug)))
      )[0]!.id;
    await tx.insert(articleTags).values({ articleId, tagId }).onConflictDoNothing();
  }
  await tx.delete(relatedArticles).where(eq(relatedArticles.articleId, articleId));
  if (relatedIds.length) {
    await tx
      .insert(relatedArticles)
      .values(relatedIds.map((relatedId, position) => ({ articleId, relatedId, position })));
  }
}

export async function createArticle(db: Db, actor: Actor, raw: unknown): Promise<SaveResult> {
  if (!can(actor.role, 'article.create')) return refuse('forbidden');
  const parsed = parseInput(raw);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const { input } = parsed;
  if (input.kind === 'page' && !can(actor.role, 'pages.manage')) return refuse('forbidden');
  const resolved = await resolveInput(db, actor, input, null);
  if (Object.keys(resolved.fieldErrors).length) return invalid(resolved.fieldErrors);
  try {
    const id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(articles)
        .values({
          ...contentColumns(input, resolved),
          locale: input.locale,
          kind: input.kind,
          status: 'draft',
          authorId: actor.id,
        })
        .returning({ id: articles.id });
      await writeRelations(tx as unknown as Db, row!.id, input.locale, resolved.tagNames, resolved.relatedIds);
      const article = (await readEditable(tx as unknown as Db, row!.id))!;
      await keepRevision(tx as unknown as Db, article, actor.id, 'create');
      await recordAudit(tx, actor.id, 'article.create', 'article', row!.id, {
        title: input.title,
        locale: input.locale,
        ...(input.kind === 'page' ? { kind: 'page' } : {}),
      });
      return row!.id;
    });
    const article = (await readEditable(db, id, actor))!;
    return ok({
      article,
      invalidate: [
        cacheTags.articleSlug(article.locale, article.slug),
        cacheTags.translations(article.translationGroupId),
      ],
    });
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ slug: 'taken' });
    throw error;
  }
}

/**
 * Saves over `expectedVersion`. If someone saved in between, nothing is written and the
 * current version comes back so the editor can show both and let the person choose.
 * A live story changes for readers at once: only an explicit save (`confirmLive`, sent by the
 * "Update live story" button or a confirmed restore) may do that, never an autosave.
 */
export async function updateArticle(
  db: Db,
  actor: Actor,
  id: number,
  expectedVersion: number,
  raw: unknown,
  options: { autosave?: boolean; confirmLive?: boolean; restoredFrom?: number } = {},
): Promise<SaveResult> {
  const before = await loadState(db, id);
  if (!before || !canViewArticle(actor, { authorId: before.authorId })) return refuse('not-found');
  if (!canEditArticle(actor, { authorId: before.authorId, status: before.status, deleted: before.deleted }))
    return refuse('forbidden');
  if (before.version !== expectedVersion) return stale(db, actor, id, 'conflict');
  if (isLive(before) && (options.autosave || !options.confirmLive)) return stale(db, actor, id, 'confirm-live');
  const parsed = parseInput(raw);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  // The kind is the saved row's, whatever the form says.
  const input = { ...parsed.input, kind: before.kind };
  if (input.locale !== before.locale) return invalid({ locale: 'locked' });
  const [saved] = await db
    .select({ featuredMediaId: articles.featuredMediaId })
    .from(articles)
    .where(eq(articles.id, id));
  const savedRelated = await db
    .select({ id: relatedArticles.relatedId })
    .from(relatedArticles)
    .where(eq(relatedArticles.articleId, id));
  const resolved = await resolveInput(db, actor, input, {
    id,
    translationGroupId: before.translationGroupId,
    relatedIds: savedRelated.map((r) => r.id),
    featuredMediaId: saved?.featuredMediaId ?? null,
  });
  if (Object.keys(resolved.fieldErrors).length) return invalid(resolved.fieldErrors);
  try {
    const written = await db.transaction(async (tx) => {
      const [row] = await tx
        .update(articles)
        .set({ ...contentColumns(input, resolved), version: sql`${articles.version} + 1`, updatedAt: new Date() })
        .where(and(eq(articles.id, id), eq(articles.version, expectedVersion)))
        .returning({ id: articles.id });
      if (!row) return false; // Lost a race with another save.
      await writeRelations(tx as unknown as Db, id, input.locale, resolved.tagNames, resolved.relatedIds);
      const article = (await readEditable(tx as unknown as Db, id))!;
      const kind: RevisionKind = options.restoredFrom ? 'revert' : options.autosave ? 'autosave' : 'save';
      await keepRevision(tx as unknown as Db, article, actor.id, kind, options.restoredFrom);
      if (!options.autosave) await recordAudit(tx, actor.id, 'article.update', 'article', id, { title: input.title });
      return true;
    });
    if (!written) return stale(db, actor, id, 'conflict');
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ slug: 'taken' });
    throw error;
  }
  const after = await loadState(db, id);
  return ok({ article: (await readEditable(db, id, actor))!, invalidate: tagsTouched([before, after]) });
}

/**
 * Restoring is a new save of the old content, so it is itself undoable and conflict-checked. On a
 * live story readers see it at once: the person confirms after seeing the difference (`confirmLive`).
 */
export async function restoreRevision(
  db: Db,
  actor: Actor,
  articleId: number,
  revisionId: number,
  expectedVersion: number,
  options: { confirmLive?: boolean } = {},
): Promise<SaveResult> {
  const current = await readEditable(db, articleId, actor);
  const revision = await getRevision(db, actor, articleId, revisionId);
  if (!current || !revision) return refuse('not-found');
  const data = revision.data as Record<string, unknown>;
  const result = await updateArticle(
    db,
    actor,
    articleId,
    expectedVersion,
    {
      locale: current.locale,
      title: revision.title,
      slug: typeof data.slug === 'string' ? data.slug : current.slug,
      dek: revision.dek,
      body: revision.body,
      sectionId: (data.sectionId as number | null | undefined) ?? current.sectionId,
      tags: Array.isArray(data.tags) ? data.tags : current.tags,
      featuredMediaId: (data.featuredMediaId as number | null | undefined) ?? null,
      featuredCaption: typeof data.featuredCaption === 'string' ? data.featuredCaption : '',
      featuredCredit: typeof data.featuredCredit === 'string' ? data.featuredCredit : '',
      bylineCredit: typeof data.bylineCredit === 'string' ? data.bylineCredit : '',
      creditOnly: data.creditOnly === true,
      translationOf: null,
      relatedIds: Array.isArray(data.relatedIds) ? data.relatedIds : current.relatedIds,
      seoTitle: typeof data.seoTitle === 'string' ? data.seoTitle : '',
      seoDescription: typeof data.seoDescription === 'string' ? data.seoDescription : '',
      commentsOpen: typeof data.commentsOpen === 'boolean' ? data.commentsOpen : current.commentsOpen,
    },
    { confirmLive: options.confirmLive, restoredFrom: revision.id },
  );
  if (result.ok) await recordAudit(db, actor.id, 'article.revision-restore', 'article', articleId, { revisionId });
  return result;
}
