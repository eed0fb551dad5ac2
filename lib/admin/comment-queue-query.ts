import { z } from 'zod';
import { outcomeCodes, type OutcomeCode } from '@/lib/i18n/admin-comments';
import { locales } from '@/lib/i18n/config';
import type { ModerationAction, QueueStatus } from '@/lib/moderation';

export const QUEUE_PATH = '/admin/comments';
export const queueStatuses = ['pending', 'approved', 'spam', 'trash'] as const satisfies readonly QueueStatus[];

/** Which decisions make sense from each tab, in the order the buttons appear (as in WordPress). */
export const actionsByStatus: Record<QueueStatus, readonly ModerationAction[]> = {
  pending: ['approve', 'spam', 'trash'],
  approved: ['unapprove', 'spam', 'trash'],
  spam: ['not-spam', 'trash', 'delete'],
  trash: ['restore', 'spam', 'delete'],
};

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(one, schema.optional().catch(undefined));

/** The queue URL's parameters; anything malformed is dropped rather than refused. */
export const queueQuerySchema = z.object({
  status: z.preprocess(one, z.enum(queueStatuses).catch('pending')),
  article: optional(z.string().trim().max(120)),
  locale: optional(z.enum(locales)),
  q: optional(z.string().trim().max(200)),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(100_000).catch(1)),
  done: optional(z.enum(outcomeCodes)),
  n: optional(z.coerce.number().int().min(0).max(1_000_000)),
  confirm: optional(z.literal('delete')),
  ids: optional(
    z
      .string()
      .max(6000)
      .regex(/^\d+(,\d+)*$/),
  ),
  /** Nonce of a form state kept for a browser without JavaScript (lib/admin/form-flash.ts). */
  flash: optional(z.string().regex(/^[\w-]{1,24}$/)),
});
export type QueueQuery = z.output<typeof queueQuerySchema>;

/** The list being looked at: what a link or an action's redirect must keep. */
export type QueueView = Pick<QueueQuery, 'status' | 'article' | 'locale' | 'q' | 'page'>;

export function parseQueueQuery(raw: unknown): QueueQuery {
  return queueQuerySchema.parse(raw ?? {});
}

export function viewOf(query: QueueQuery): QueueView {
  return { status: query.status, article: query.article, locale: query.locale, q: query.q, page: query.page };
}

type Extra = { done?: OutcomeCode; n?: number; confirm?: 'delete'; ids?: string; flash?: string };

export function queueHref(view: QueueView, change: Partial<QueueView> & Extra = {}): string {
  const next: Record<string, unknown> = { ...view, ...change };
  const params = new URLSearchParams();
  for (const key of ['status', 'article', 'locale', 'q', 'page', 'done', 'n', 'confirm', 'ids', 'flash'] as const) {
    const value = next[key];
    if (
      value === undefined ||
      value === '' ||
      (key === 'status' && value === 'pending') ||
      (key === 'page' && value === 1)
    )
      continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${QUEUE_PATH}?${search}` : QUEUE_PATH;
}

/** Every queue form carries the view it was posted from, so the answer lands on the same list. */
export function viewFromForm(formData: FormData): QueueView {
  const raw = new URLSearchParams(String(formData.get('back') ?? '').slice(0, 2000));
  return viewOf(parseQueueQuery(Object.fromEntries(raw)));
}

export function backValue(view: QueueView): string {
  return queueHref(view).slice(QUEUE_PATH.length + 1);
}
