import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articleTags, articles, media, relatedArticles, sectionTranslations, tags, users } from '@/db/schema';
import { recordAudit } from '../audit/write';
import { can, canEditArticle, canTransition, canViewArticle, type Role, type Transition } from '../auth/permissions';
import { cacheTags } from '../cache-tags';
import { articleSlugVariants } from '../tag-search-key';
import type { Locale } from '../i18n/config';
import { sanitizeArticleHtml } from '../sanitize';
import { articleInputSchema, type ArticleFieldErrors, zodToFieldErrors } from './input';
import { effectiveStatus, isLive, takesOffline } from './live';
import { resolveInput } from './resolve-input';
import { getRevision, keepRevision, type RevisionKind } from './revisions';
import { referenceableArticles } from './visibility';

export type Actor = { id: number; role: Role };

export { getRevision, listRevisions, type RevisionSummary } from './revisions';

type Status = 'draft' | 'pending' | 'scheduled' | 'published' | 'archived';

/** Everything the editor form shows for one article. */
export type EditableArticle = {
  id: number;
  version: number;
  locale: Locale;
  status: Status;
  deleted: boolean;
  title: string;
  slug: string;
  dek: string;
  body: string;
  sectionId: number | null;
  tags: string[];
  featuredMedia: { id: number; src: string; alt: string } | null;
  featuredCaption: string;
  featuredCredit: string;
  translationGroupId: string;
  translations: { id: number; locale: Locale; title: string }[];
  relatedIds: number[];
  seoTitle: string;
  seoDescription: string;
  commentsOpen: boolean;
  /** When it goes or went live; for a live story readers see `firstPublishedAt` instead. */
  publishedAt: string | null;
  /** When readers could first read it, kept across unpublish and republish. */
  firstPublishedAt: string | null;
  updatedAt: string;
  author: { id: number; name: string };
};

export type SaveResult =
  | { ok: true; article: EditableArticle; invalidate: string[] }
  | { ok: false; reason: 'invalid'; fieldErrors: ArticleFieldErrors }
  | { ok: false; reason: 'conflict'; current: EditableArticle }
  /** The story is live: changing what readers see needs the person's explicit confirmation. */
  | { ok: false; reason: 'confirm-live'; current: EditableArticle }
  | { ok: false; reason: 'forbidden' | 'not-found' };

export type TransitionResult =
  | { ok: true; article: EditableArticle; invalidate: string[] }
  | { ok: false; reason: 'forbidden' | 'not-found' | 'conflict' | 'invalid-date' | 'confirm-live' };

/** Cache tags a change to this article touches, for its state before and after. */
function tagsTouched(
  states: ({
    id: number;
    locale: Locale;
    slug: string;
    sectionId: number | null;
    authorId: number;
    translationGroupId: string;
    tagIds: number[];
  } | null)[],
): string[] {
  const out = new Set<string>([cacheTags.authors]);
  for (const s of states) {
    if (!s) continue;
    out.add(cacheTags.article(s.id));
    out.add(cacheTags.articleSlug(s.locale, s.slug));
    out.add(cacheTags.stories(s.locale));
    out.add(cacheTags.home(s.locale));
    out.add(cacheTags.author(s.authorId));
    out.add(cacheTags.translations(s.translationGroupId));
    out.add(cacheTags.tags(s.locale));
    if (s.sectionId) out.add(cacheTags.section(s.sectionId));
    for (const t of s.tagIds) out.add(cacheTags.tag(t));
  }
  return [...out];
}

async function loadState(db: Db, id: number, now = new Date()) {
  const [row] = await db
    .select({
      id: articles.id,
      locale: articles.locale,
      slug: articles.slug,
      sectionId: articles.sectionId,
      authorId: articles.authorId,
      translationGroupId: articles.translationGroupId,
      status: articles.status,
      deletedAt: articles.deletedAt,
      version: articles.version,
      publishedAt: articles.publishedAt,
      firstPublishedAt: articles.firstPublishedAt,
    })
    .from(articles)
    .where(eq(articles.id, id));
  if (!row) return null;
  const tagRows = await db.select({ id: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, id));
  return {
    ...row,
    status: effectiveStatus(row.status, row.publishedAt, now),
    tagIds: tagRows.map((t) => t.id),
    deleted: row.deletedAt !== null,
  };
}

export async function getEditableArticle(db: Db, actor: Actor, id: number): Promise<EditableArticle | null> {
  const article = await readEditable(db, id, actor);
  if (!article || !canViewArticle(actor, { authorId: article.author.id })) return null;
  return article;
}

/** With `viewer`, the translations listed are only those the viewer may see (lib/articles/visibility.ts). */
async function readEditable(db: Db, id: number, viewer?: Actor): Promise<EditableArticle | null> {
  const [row] = await db
    .select({
      id: articles.id,
      version: articles.version,
      locale: articles.locale,
      status: articles.status,
      deletedAt: articles.deletedAt,
      title: articles.title,
      slug: articles.slug,
      dek: articles.dek,
      body: articles.body,
      sectionId: articles.sectionId,
      featuredMediaId: articles.featuredMediaId,
      featuredCaption: articles.featuredCaption,
      featuredCredit: articles.featuredCredit,
      mediaPath: media.path,
      mediaAlt: media.alt,
      translationGroupId: articles.translationGroupId,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      commentsOpen: articles.commentsOpen,
      publishedAt: articles.publishedAt,
      firstPublishedAt: articles.firstPublishedAt,
      updatedAt: articles.updatedAt,
      authorId: users.id,
      authorName: users.name,
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
    .where(eq(articles.id, id));
  if (!row) return null;
  const [tagRows, translationRows, relatedRows] = await Promise.all([
    db
      .select({ name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, id))
      .orderBy(asc(tags.name)),
    db
      .select({ id: articles.id, locale: articles.locale, title: articles.title })
      .from(articles)
      .where(
        and(
          eq(articles.translationGroupId, row.translationGroupId),
          ne(articles.id, id),
          isNull(articles.deletedAt),
          viewer ? referenceableArticles(viewer) : undefined,
        ),
      ),
    db
      .select({ id: relatedArticles.relatedId })
      .from(relatedArticles)
      .where(eq(relatedArticles.articleId, id))
      .orderBy(asc(relatedArticles.position)),
  ]);
  return {
    id: row.id,
    version: row.version,
    locale: row.locale,
    status: effectiveStatus(row.status, row.publishedAt),
    deleted: row.deletedAt !== null,
    title: row.title,
    slug: row.slug,
    dek: row.dek,
    body: row.body,
    sectionId: row.sectionId,
    tags: tagRows.map((t) => t.name),
    featuredMedia:
      row.featuredMediaId && row.mediaPath
        ? { id: row.featuredMediaId, src: `/media/${row.mediaPath}`, alt: row.mediaAlt?.[row.locale] ?? '' }
        : null,
    featuredCaption: row.featuredCaption,
    featuredCredit: row.featuredCredit,
    translationGroupId: row.translationGroupId,
    translations: translationRows,
    relatedIds: relatedRows.map((r) => r.id),
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    commentsOpen: row.commentsOpen,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    firstPublishedAt: row.firstPublishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    author: { id: row.authorId, name: row.authorName },
  };
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

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

export async function createArticle(db: Db, actor: Actor, raw: unknown): Promise<SaveResult> {
  if (!can(actor.role, 'article.create')) return { ok: false, reason: 'forbidden' };
  const parsed = articleInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid', fieldErrors: zodToFieldErrors(parsed.error) };
  const input = parsed.data;
  const resolved = await resolveInput(db, actor, input, null);
  if (Object.keys(resolved.fieldErrors).length)
    return { ok: false, reason: 'invalid', fieldErrors: resolved.fieldErrors };
  try {
    const id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(articles)
        .values({
          ...(resolved.translationGroupId ? { translationGroupId: resolved.translationGroupId } : {}),
          locale: input.locale,
          slug: resolved.slug,
          title: input.title,
          dek: input.dek,
          body: sanitizeArticleHtml(input.body),
          status: 'draft',
          authorId: actor.id,
          sectionId: input.sectionId,
          featuredMediaId: input.featuredMediaId,
          featuredCaption: input.featuredCaption,
          featuredCredit: input.featuredCredit,
          seoTitle: input.seoTitle,
          seoDescription: input.seoDescription,
          commentsOpen: input.commentsOpen,
        })
        .returning({ id: articles.id });
      await writeRelations(tx as unknown as Db, row!.id, input.locale, resolved.tagNames, resolved.relatedIds);
      const article = (await readEditable(tx as unknown as Db, row!.id))!;
      await keepRevision(tx as unknown as Db, article, actor.id, 'create');
      await recordAudit(tx, actor.id, 'article.create', 'article', row!.id, {
        title: input.title,
        locale: input.locale,
      });
      return row!.id;
    });
    const article = (await readEditable(db, id, actor))!;
    return {
      ok: true,
      article,
      invalidate: [
        cacheTags.articleSlug(article.locale, article.slug),
        cacheTags.translations(article.translationGroupId),
      ],
    };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'invalid', fieldErrors: { slug: 'taken' } };
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
  if (!before || !canViewArticle(actor, { authorId: before.authorId })) return { ok: false, reason: 'not-found' };
  if (!canEditArticle(actor, { authorId: before.authorId, status: before.status, deleted: before.deleted }))
    return { ok: false, reason: 'forbidden' };
  if (before.version !== expectedVersion)
    return { ok: false, reason: 'conflict', current: (await readEditable(db, id, actor))! };
  if (isLive(before) && (options.autosave || !options.confirmLive))
    return { ok: false, reason: 'confirm-live', current: (await readEditable(db, id, actor))! };
  const parsed = articleInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid', fieldErrors: zodToFieldErrors(parsed.error) };
  const input = parsed.data;
  if (input.locale !== before.locale) return { ok: false, reason: 'invalid', fieldErrors: { locale: 'locked' } };
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
  if (Object.keys(resolved.fieldErrors).length)
    return { ok: false, reason: 'invalid', fieldErrors: resolved.fieldErrors };
  try {
    const written = await db.transaction(async (tx) => {
      const [row] = await tx
        .update(articles)
        .set({
          ...(resolved.translationGroupId ? { translationGroupId: resolved.translationGroupId } : {}),
          slug: resolved.slug,
          title: input.title,
          dek: input.dek,
          body: sanitizeArticleHtml(input.body),
          sectionId: input.sectionId,
          featuredMediaId: input.featuredMediaId,
          featuredCaption: input.featuredCaption,
          featuredCredit: input.featuredCredit,
          seoTitle: input.seoTitle,
          seoDescription: input.seoDescription,
          commentsOpen: input.commentsOpen,
          version: sql`${articles.version} + 1`,
          updatedAt: new Date(),
        })
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
    if (!written) return { ok: false, reason: 'conflict', current: (await readEditable(db, id, actor))! };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'invalid', fieldErrors: { slug: 'taken' } };
    throw error;
  }
  const after = await loadState(db, id);
  return { ok: true, article: (await readEditable(db, id, actor))!, invalidate: tagsTouched([before, after]) };
}

const auditFor: Record<Transition, Parameters<typeof recordAudit>[2]> = {
  submit: 'article.submit',
  publish: 'article.publish',
  schedule: 'article.schedule',
  unpublish: 'article.unpublish',
  archive: 'article.archive',
  trash: 'article.trash',
  restore: 'article.restore',
};

/** The revision kind a workflow move leaves ("restore" from the trash is not a revision restore). */
const revisionKindFor: Record<Transition, RevisionKind> = {
  submit: 'submit',
  publish: 'publish',
  schedule: 'schedule',
  unpublish: 'unpublish',
  archive: 'archive',
  trash: 'trash',
  restore: 'untrash',
};

/**
 * Moves an article through the workflow: submit, publish, schedule, unpublish, archive, trash,
 * restore. A live story is never scheduled or published again (that would move its date or take
 * it offline); taking it offline needs `confirmLive`. The first publication time is kept.
 */
export async function transitionArticle(
  db: Db,
  actor: Actor,
  id: number,
  transition: Transition,
  options: { expectedVersion?: number; publishAt?: Date; now?: Date; confirmLive?: boolean } = {},
): Promise<TransitionResult> {
  const now = options.now ?? new Date();
  const before = await loadState(db, id, now);
  if (!before || !canViewArticle(actor, { authorId: before.authorId })) return { ok: false, reason: 'not-found' };
  if (
    !canTransition(actor, { authorId: before.authorId, status: before.status, deleted: before.deleted }, transition)
  ) {
    return { ok: false, reason: 'forbidden' };
  }
  if (options.expectedVersion !== undefined && options.expectedVersion !== before.version)
    return { ok: false, reason: 'conflict' };
  const live = isLive(before);
  if (live && takesOffline(transition) && !options.confirmLive) return { ok: false, reason: 'confirm-live' };
  // A scheduled story goes live without a write: its first publication is recorded on the next move.
  const firstPublishedAt = before.firstPublishedAt ?? (before.status === 'published' ? before.publishedAt : null);
  const set: Partial<typeof articles.$inferInsert> = { firstPublishedAt };
  switch (transition) {
    case 'submit':
      set.status = 'pending';
      break;
    case 'publish':
      set.status = 'published';
      // Republished, a story keeps its first publication date (readers see "Updated").
      set.publishedAt = firstPublishedAt && firstPublishedAt <= now ? firstPublishedAt : now;
      set.firstPublishedAt = set.publishedAt;
      break;
    case 'schedule':
      if (!options.publishAt || Number.isNaN(options.publishAt.getTime()) || options.publishAt <= now)
        return { ok: false, reason: 'invalid-date' };
      set.status = 'scheduled';
      set.publishedAt = options.publishAt;
      break;
    case 'unpublish':
      set.status = 'draft';
      break;
    case 'archive':
      set.status = 'archived';
      break;
    case 'trash':
      set.deletedAt = now;
      break;
    case 'restore':
      set.deletedAt = null;
      // Restoring must not put a story online: without the right to publish it comes back as a draft.
      if (before.status !== 'draft' && before.status !== 'pending' && !can(actor.role, 'article.publish'))
        set.status = 'draft';
      break;
  }
  const moved = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(articles)
      .set({
        ...set,
        version: sql`${articles.version} + 1`,
        updatedAt: transition === 'publish' || transition === 'schedule' ? now : sql`${articles.updatedAt}`,
      })
      .where(and(eq(articles.id, id), eq(articles.version, before.version)))
      .returning({ id: articles.id });
    if (!row) return false;
    await keepRevision(
      tx as unknown as Db,
      (await readEditable(tx as unknown as Db, id))!,
      actor.id,
      revisionKindFor[transition],
    );
    await recordAudit(tx, actor.id, auditFor[transition], 'article', id, {
      from: before.status,
      ...(set.status && set.status !== before.status ? { to: set.status } : {}),
      ...(set.publishedAt ? { publishedAt: set.publishedAt.toISOString() } : {}),
    });
    return true;
  });
  if (!moved) return { ok: false, reason: 'conflict' };
  const after = await loadState(db, id);
  return { ok: true, article: (await readEditable(db, id, actor))!, invalidate: tagsTouched([before, after]) };
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
  if (!current || !revision) return { ok: false, reason: 'not-found' };
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

export type AdminListFilter = {
  status?: Status | 'trash';
  locale?: Locale;
  sectionId?: number;
  authorId?: number;
  q?: string;
  sort?: 'updated' | 'published' | 'title';
  page?: number;
  pageSize?: number;
};

export type AdminListItem = {
  id: number;
  title: string;
  slug: string;
  locale: Locale;
  status: Status;
  deleted: boolean;
  author: string;
  section: string | null;
  publishedAt: string | null;
  updatedAt: string;
};

export async function listArticlesForAdmin(db: Db, actor: Actor, filter: AdminListFilter) {
  const conditions: SQL[] = [];
  if (!can(actor.role, 'article.edit-any')) conditions.push(eq(articles.authorId, actor.id));
  const scope = conditions.length ? and(...conditions) : undefined;
  const where: SQL[] = [...conditions];
  if (filter.status === 'trash') where.push(isNotNull(articles.deletedAt));
  else {
    where.push(isNull(articles.deletedAt));
    if (filter.status) where.push(eq(articles.status, filter.status));
  }
  if (filter.locale) where.push(eq(articles.locale, filter.locale));
  if (filter.sectionId) where.push(eq(articles.sectionId, filter.sectionId));
  if (filter.authorId) where.push(eq(articles.authorId, filter.authorId));
  if (filter.q?.trim()) {
    const pattern = `%${filter.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(articles.title, pattern), ilike(articles.slug, pattern), ilike(articles.dek, pattern))!);
  }
  const page = Math.max(1, filter.page ?? 1);
  const pageSize = filter.pageSize ?? 20;
  const order =
    filter.sort === 'title'
      ? [asc(articles.title)]
      : filter.sort === 'published'
        ? [sql`${articles.publishedAt} desc nulls last`, desc(articles.id)]
        : [desc(articles.updatedAt), desc(articles.id)];
  const [rows, [total], counts] = await Promise.all([
    db
      .select({
        id: articles.id,
        title: articles.title,
        slug: articles.slug,
        locale: articles.locale,
        status: articles.status,
        deletedAt: articles.deletedAt,
        author: users.name,
        section: sectionTranslations.name,
        publishedAt: articles.publishedAt,
        updatedAt: articles.updatedAt,
      })
      .from(articles)
      .innerJoin(users, eq(users.id, articles.authorId))
      .leftJoin(
        sectionTranslations,
        and(eq(sectionTranslations.sectionId, articles.sectionId), eq(sectionTranslations.locale, articles.locale)),
      )
      .where(and(...where))
      .orderBy(...order)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(articles)
      .where(and(...where)),
    db
      .select({
        status: sql<string>`case when ${articles.deletedAt} is not null then 'trash' else ${articles.status}::text end`,
        n: sql<number>`count(*)::int`,
      })
      .from(articles)
      .where(scope)
      .groupBy(sql`1`),
  ]);
  const items: AdminListItem[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    slug: r.slug,
    locale: r.locale,
    status: r.status,
    deleted: r.deletedAt !== null,
    author: r.author,
    section: r.section,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
  }));
  const statusCounts = Object.fromEntries(counts.map((c) => [c.status, c.n])) as Partial<
    Record<Status | 'trash', number>
  >;
  return {
    items,
    total: total?.n ?? 0,
    page,
    pageCount: Math.max(1, Math.ceil((total?.n ?? 0) / pageSize)),
    counts: statusCounts,
  };
}

/** Articles to offer as "translation of" or "related" choices in the editor. */
export async function searchArticleChoices(db: Db, actor: Actor, q: string, locale?: Locale, excludeLocale?: Locale) {
  if (!can(actor.role, 'article.create')) return [];
  const pattern = `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({ id: articles.id, title: articles.title, locale: articles.locale, status: articles.status })
    .from(articles)
    .where(
      and(
        isNull(articles.deletedAt),
        referenceableArticles(actor),
        q.trim() ? ilike(articles.title, pattern) : undefined,
        locale ? eq(articles.locale, locale) : undefined,
        excludeLocale ? ne(articles.locale, excludeLocale) : undefined,
      ),
    )
    .orderBy(desc(articles.updatedAt))
    .limit(20);
}
