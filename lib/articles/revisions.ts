import 'server-only';
import { and, desc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articles, revisions, users } from '@/db/schema';
import type { Actor } from '../auth/actor';
import { canViewArticle } from '../auth/permissions';
import type { ArticleStatus } from './live';

// Restoring a revision is a save of its content: restoreRevision lives in save.ts.

/** What made a revision: a save, an autosave, a restore of an older one, or a workflow move. */
export const revisionKinds = [
  'create',
  'save',
  'autosave',
  'revert',
  'submit',
  'publish',
  'schedule',
  'unpublish',
  'archive',
  'trash',
  'untrash',
] as const;
export type RevisionKind = (typeof revisionKinds)[number];

/** The content a revision keeps: what the editor shows. */
export type RevisedArticle = {
  id: number;
  version: number;
  status: ArticleStatus;
  title: string;
  slug: string;
  dek: string;
  body: string;
  sectionId: number | null;
  tags: string[];
  featuredMedia: { id: number } | null;
  featuredCaption: string;
  featuredCredit: string;
  bylineCredit: string;
  creditOnly: boolean;
  relatedIds: number[];
  seoTitle: string;
  seoDescription: string;
  commentsOpen: boolean;
};

export type RevisionSummary = {
  id: number;
  /** 1, 2, 3… per article in the order they were made, without gaps (computed on read). */
  number: number;
  version: number;
  title: string;
  createdAt: string;
  author: string | null;
  autosave: boolean;
  kind: RevisionKind;
  /** For a revert: the number of the revision it brought back. */
  restoredFrom: number | null;
};

const AUTOSAVE_WINDOW_MS = 10 * 60_000;

function kindOf(data: Record<string, unknown>): RevisionKind {
  if (typeof data.kind === 'string' && (revisionKinds as readonly string[]).includes(data.kind))
    return data.kind as RevisionKind;
  return data.autosave === true ? 'autosave' : 'save';
}

/**
 * Keeps a revision of the article as it now is. Autosaves by the same person within ten minutes
 * replace their own previous autosave instead of piling up.
 */
export async function keepRevision(
  tx: Db,
  article: RevisedArticle,
  actorId: number,
  kind: RevisionKind,
  restoredFrom?: number,
) {
  const autosave = kind === 'autosave';
  const data = {
    slug: article.slug,
    sectionId: article.sectionId,
    tags: article.tags,
    featuredMediaId: article.featuredMedia?.id ?? null,
    featuredCaption: article.featuredCaption,
    featuredCredit: article.featuredCredit,
    bylineCredit: article.bylineCredit,
    creditOnly: article.creditOnly,
    relatedIds: article.relatedIds,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    commentsOpen: article.commentsOpen,
    status: article.status,
    autosave,
    kind,
    ...(restoredFrom ? { restoredFrom } : {}),
  };
  if (autosave) {
    const [last] = await tx
      .select({ id: revisions.id, data: revisions.data, authorId: revisions.authorId, createdAt: revisions.createdAt })
      .from(revisions)
      .where(eq(revisions.articleId, article.id))
      .orderBy(desc(revisions.id))
      .limit(1);
    if (
      last &&
      last.authorId === actorId &&
      last.data.autosave === true &&
      Date.now() - last.createdAt.getTime() < AUTOSAVE_WINDOW_MS
    ) {
      await tx
        .update(revisions)
        .set({
          version: article.version,
          title: article.title,
          dek: article.dek,
          body: article.body,
          data,
          createdAt: new Date(),
        })
        .where(eq(revisions.id, last.id));
      return;
    }
  }
  await tx.insert(revisions).values({
    articleId: article.id,
    version: article.version,
    title: article.title,
    dek: article.dek,
    body: article.body,
    data,
    authorId: actorId,
  });
}

async function mayView(db: Db, actor: Actor, articleId: number): Promise<boolean> {
  const [row] = await db.select({ authorId: articles.authorId }).from(articles).where(eq(articles.id, articleId));
  return Boolean(row) && canViewArticle(actor, { authorId: row!.authorId });
}

const numbered = sql<number>`(row_number() over (order by ${revisions.id}))::int`;

/** Newest first, each with its number, its author's name, when and what kind of change it was. */
export async function listRevisions(db: Db, actor: Actor, articleId: number): Promise<RevisionSummary[] | null> {
  if (!(await mayView(db, actor, articleId))) return null;
  const rows = await db
    .select({
      id: revisions.id,
      number: numbered,
      version: revisions.version,
      title: revisions.title,
      createdAt: revisions.createdAt,
      author: users.name,
      data: revisions.data,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(eq(revisions.articleId, articleId))
    .orderBy(desc(revisions.id));
  const numberOf = new Map(rows.map((r) => [r.id, Number(r.number)]));
  return rows.map((r) => ({
    id: r.id,
    number: Number(r.number),
    version: r.version,
    title: r.title,
    createdAt: r.createdAt.toISOString(),
    author: r.author,
    autosave: r.data.autosave === true,
    kind: kindOf(r.data),
    restoredFrom: typeof r.data.restoredFrom === 'number' ? (numberOf.get(r.data.restoredFrom) ?? null) : null,
  }));
}

export async function getRevision(db: Db, actor: Actor, articleId: number, revisionId: number) {
  if (!(await mayView(db, actor, articleId))) return null;
  const [row] = await db
    .select({
      id: revisions.id,
      version: revisions.version,
      title: revisions.title,
      dek: revisions.dek,
      body: revisions.body,
      data: revisions.data,
      createdAt: revisions.createdAt,
    })
    .from(revisions)
    .where(and(eq(revisions.id, revisionId), eq(revisions.articleId, articleId)));
  if (!row) return null;
  const [position] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(revisions)
    .where(and(eq(revisions.articleId, articleId), lte(revisions.id, revisionId)));
  return { ...row, number: Number(position?.n ?? 0), kind: kindOf(row.data), createdAt: row.createdAt.toISOString() };
}
