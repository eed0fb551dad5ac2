import 'server-only';
import type { Db } from '@/db/connect';
import type { Actor } from '../auth/actor';
import { loadArticlePage, type LoadedArticle } from './article-page';
import { listApprovedComments } from './queries';
import type { PublicComment } from './types';

export type ArticlePreview = LoadedArticle & { comments: PublicComment[] };

/**
 * An article in any status, shaped exactly like the reader page's data, for staff who may
 * view it. Never cached: it shows unpublished text.
 */
export async function getArticlePreview(db: Db, actor: Actor, id: number): Promise<ArticlePreview | null> {
  // Approved comments are public: read alongside, and dropped if the article may not be shown.
  const [loaded, comments] = await Promise.all([
    loadArticlePage(db, { readers: false, actor, id }),
    listApprovedComments(db, id),
  ]);
  if (!loaded) return null;
  return { ...loaded, article: { ...loaded.article, commentCount: comments.length }, comments };
}
