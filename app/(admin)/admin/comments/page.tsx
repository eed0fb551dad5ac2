import type { Metadata } from 'next';
import { CommentQueue, type QueuePageData } from '@/components/admin/comment-queue';
import { readFormState } from '@/lib/admin/form-flash';
import { resolveQueueArticle } from '@/lib/admin/comment-queue-article';
import { parseQueueQuery, viewOf } from '@/lib/admin/comment-queue-query';
import { getDb } from '@/db';
import { getAdminContext } from '@/lib/auth/admin-context';
import { requirePagePermission } from '@/lib/auth/session';
import { getAdminCommentsMessages } from '@/lib/i18n/admin-comments';
import type { Actor } from '@/lib/auth/actor';
import { listQueue, queueCounts } from '@/lib/moderation';
import {
  bulkModerateAction,
  editCommentAction,
  emptyCommentsAction,
  moderateCommentAction,
  replyCommentAction,
} from './actions';

const PAGE_SIZE = 25;

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getAdminContext();
  return { title: getAdminCommentsMessages(locale).queue.title };
}

export default async function CommentsPage({ searchParams }: PageProps<'/admin/comments'>) {
  const staff = await requirePagePermission('comments.moderate', '/admin/comments');
  const locale = staff.preferredLocale;
  const t = getAdminCommentsMessages(locale).queue;
  const query = parseQueueQuery(await searchParams);
  const view = viewOf(query);
  const db = getDb();
  const actor: Actor = { id: staff.id, role: staff.role };
  const { articleId, match } = await resolveQueueArticle(db, actor, view);
  const filter = { status: view.status, articleId, locale: view.locale, q: view.q, pageSize: PAGE_SIZE };
  let data: QueuePageData;
  if (match) {
    // No single article matched: show nothing rather than every article's comments.
    const counts = await queueCounts(db, actor);
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
