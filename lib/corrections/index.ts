import 'server-only';
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/connect';
import { articleCorrections, articles } from '@/db/schema';
import { recordAudit } from '../audit/write';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import { cacheTags } from '../cache-tags';
import type { Locale } from '../i18n/config';
import { invalid, ok, refuse, type Result } from '../result';
import { fieldErrorsFromZod } from '../validation';
import { isVisible } from '../articles/visibility';

/**
 * Corrections: a dated note an editor adds to a published story. Readers see it at the end of
 * the story (and a "corrected" mark under the headline) and on the language's public log
 * (`/{locale}/corrections`). The story's updated date moves to the correction's; its version
 * does not, so an editor with the story open is not told of a conflict.
 *
 * Who: editors and admins (`article.publish`). A correction is the publication speaking in
 * public, like publishing; an author asks an editor. Append-only: a mistaken note is answered by
 * a further note, and the log keeps both.
 */

export const CORRECTION_MAX_LENGTH = 1000;
export const CORRECTIONS_PAGE_SIZE = 30;

/** Plain text: line breaks kept, other control characters dropped, trimmed. */
export const correctionSchema = z.object({
  body: z
    .string()
    .transform((s) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ''))
    .pipe(z.string().trim().min(1).max(CORRECTION_MAX_LENGTH)),
});

export type Correction = { id: number; body: string; createdAt: string };

export type LoggedCorrection = Correction & { article: { locale: Locale; slug: string; title: string } };

export type CorrectionsPage = { items: LoggedCorrection[]; total: number; page: number; pageCount: number };

/** A story's corrections, oldest first (the order they happened, as readers read them). */
export async function listCorrections(db: Db, articleId: number): Promise<Correction[]> {
  const rows = await db
    .select({ id: articleCorrections.id, body: articleCorrections.body, createdAt: articleCorrections.createdAt })
    .from(articleCorrections)
    .where(eq(articleCorrections.articleId, articleId))
    .orderBy(asc(articleCorrections.createdAt), asc(articleCorrections.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** One page of the language's corrections log, newest first: corrections to stories readers can open. */
export async function listCorrectionsLog(db: Db, locale: Locale, page: number): Promise<CorrectionsPage> {
  const where = and(eq(articles.locale, locale), isVisible());
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: articleCorrections.id,
        body: articleCorrections.body,
        createdAt: articleCorrections.createdAt,
        slug: articles.slug,
        title: articles.title,
      })
      .from(articleCorrections)
      .innerJoin(articles, eq(articles.id, articleCorrections.articleId))
      .where(where)
      .orderBy(desc(articleCorrections.createdAt), desc(articleCorrections.id))
      .limit(CORRECTIONS_PAGE_SIZE)
      .offset((page - 1) * CORRECTIONS_PAGE_SIZE),
    db
      .select({ n: count() })
      .from(articleCorrections)
      .innerJoin(articles, eq(articles.id, articleCorrections.articleId))
      .where(where),
  ]);
  const n = total?.n ?? 0;
  return {
    items: rows.map((r) => ({
      id: r.id,
      body: r.body,
      createdAt: r.createdAt.toISOString(),
      article: { locale, slug: r.slug, title: r.title },
    })),
    total: n,
    page,
    pageCount: Math.max(1, Math.ceil(n / CORRECTIONS_PAGE_SIZE)),
  };
}

/** The story's corrections for the editor's panel; null for whoever may not add one. */
export async function getCorrectionsForEditor(db: Db, actor: Actor, articleId: number): Promise<Correction[] | null> {
  if (!can(actor.role, 'article.publish')) return null;
  return listCorrections(db, articleId);
}

/**
 * Adds a correction to a story readers can see now. Field errors are keyed `body`. The caller
 * expires `invalidate`: the story's page, its language's lists and feeds (the updated date),
 * and the corrections log.
 */
export async function addCorrection(
  db: Db,
  actor: Actor,
  articleId: number,
  raw: unknown,
): Promise<
  Result<{ correction: Correction; invalidate: string[] }, 'forbidden' | 'not-found' | 'not-live' | 'invalid'>
> {
  if (!can(actor.role, 'article.publish')) return refuse('forbidden');
  const parsed = correctionSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsFromZod(parsed.error));
  return db.transaction(async (tx) => {
    const [article] = await tx
      .select({ id: articles.id, locale: articles.locale, visible: sql<boolean>`${isVisible()}` })
      .from(articles)
      .where(eq(articles.id, articleId))
      .for('update');
    if (!article) return refuse('not-found');
    if (!article.visible) return refuse('not-live');
    const [row] = await tx
      .insert(articleCorrections)
      .values({ articleId, body: parsed.data.body, authorId: actor.id })
      .returning({ id: articleCorrections.id, createdAt: articleCorrections.createdAt });
    await tx.update(articles).set({ updatedAt: row!.createdAt }).where(eq(articles.id, articleId));
    await recordAudit(tx, actor.id, 'article.correct', 'article', articleId, { body: parsed.data.body });
    return ok({
      correction: { id: row!.id, body: parsed.data.body, createdAt: row!.createdAt.toISOString() },
      invalidate: [
        cacheTags.article(articleId),
        cacheTags.stories(article.locale),
        cacheTags.corrections(article.locale),
      ],
    });
  });
}
