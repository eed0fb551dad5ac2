import type { Metadata } from 'next';
import { CommentQueue, type ArticleMatch, type QueuePageData } from '@/components/admin/comment-queue';
import { readFormState } from '@/components/admin/comment-queue-flash';
import { parseQueueQuery, viewOf, type QueueView } from '@/components/admin/comment-queue-query';
import { getDb } from '@/db';
import type { Db } from '@/db/connect';
import { getAdminContext } from '@/lib/auth/admin-context';
import { requirePagePermission } from '@/lib/auth/session';
import { getAdminCommentsMessages } from '@/lib/i18n/admin-comments';
import type { Actor } from '@/lib/auth/actor';
import { listQueue, type QueueItem } from '@/lib/moderation';
import {
  bulkModerateAction,
  editCommentAction,
  emptyCommentsAction,
  moderateCommentAction,
  replyCommentAction,
} from './actions';

const PAGE_SIZE = 25;
/** How many comments of the tab are scanned to find articles by title. */
const ARTICLE_SCAN = 500;

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getAdminContext();
  return { title: getAdminCommentsMessages(locale).queue.title };
}

/**
 * The article filter takes an id, or words of a title: those are looked up among the tab's
 * comments (the queue search covers article titles), and one match filters at once.
 */
async function resolveArticle(
  db: Db,
  actor: Actor,
  view: QueueView,
): Promise<{ articleId?: number; match: ArticleMatch | null }> {
  const raw = view.article?.replace(/^#/, '').trim();
  if (!raw) return { match: null };
  if (/^\d{1,10}$/.test(raw)) return { articleId: Number(raw), match: null };
  const scan = await listQueue(db, actor, { status: view.status, locale: view.locale, q: raw, pageSize: ARTICLE_SCAN });
  const needle = raw.toLocaleLowerCase();
  const found = new Map<number, QueueItem['article']>();
  for (const item of scan.items) {
    if (item.article.title.toLocaleLowerCase().includes(needle)) found.set(item.article.id, item.article);
  }
  if (found.size === 1) return { articleId: [...found.keys()][0], match: null };
  return { match: found.size === 0 ? { kind: 'none' } : { kind: 'several', articles: [...found.values()] } };
}

export default async function CommentsPage({ searchParams }: PageProps<'/admin/comments'>) {
  const staff = await requirePagePermission('comments.moderate', '/admin/comments');
  const locale = staff.preferredLocale;
  const t = getAdminCommentsMessages(locale).queue;
  const query = parseQueueQuery(await searchParams);
  const view = viewOf(query);
  const db = getDb();
  const actor: Actor = { id: staff.id, role: staff.role };
  const { articleId, match } = await resolveArticle(db, actor, view);
  const filter = { status: view.status, articleId, locale: view.locale, q: view.q, pageSize: PAGE_SIZE };
  let data: QueuePageData;
  if (match) {
    // No single article matched: show nothing rather than every article's comments.
    const counts = (await listQueue(db, actor, { ...filter, pageSize: 1 })).counts;
    data = { items: [], total: 0, page: 1, pageCount: 1, pageSize: PAGE_SIZE, counts };
  } else {
    let queue = await listQueue(db, actor, { ...filter, page: view.page });
    // After the last rows of a page were moderated away, show the new last page.
    if (queue.items.length === 0 && queue.page > queue.pageCount)
      queue = await listQueue(db, actor, { ...filter, page: queue.pageCount });
    data = { ...queue, pageSize: PAGE_SIZE };
  }
  const kept = await readFormState(query.flash);
  return (
    <CommentQueue
      query={query}
      view={{ ...view, page: data.page }}
      data={data}
      match={match}
      kept={kept}
      actions={{
        moderate: moderateCommentAction,
        bulk: bulkModerateAction,
        empty: emptyCommentsAction,
        edit: editCommentAction,
        reply: replyCommentAction,
      }}
      locale={locale}
      t={t}
    />
  );
}
