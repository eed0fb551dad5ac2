'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import {
  createArticle,
  restoreRevision,
  searchArticleChoices,
  transitionArticle,
  updateArticle,
  type EditableArticle,
  type SaveResult,
} from '@/lib/articles/admin';
import type { ArticleField } from '@/lib/articles/input';
import { withPermission } from '@/lib/auth/action';
import { AccessDeniedError, requirePermission, type Staff } from '@/lib/auth/session';
import { expireTags } from '@/lib/cache-invalidation';
import type { FormState } from '@/lib/form-state';
import { describeFieldError, getEditorMessages } from '@/lib/i18n/admin-editor';
import { getLiveMessages } from '@/lib/i18n/admin-live';
import { locales } from '@/lib/i18n/config';

/** What every editor action answers: a FormState, plus the article as saved or as it now is. */
export type EditorState = FormState & {
  article?: EditableArticle;
  /** Set when someone else saved first: the current version, to show beside the person's own. */
  current?: EditableArticle;
};

const id = z.number().int().positive().max(2_147_483_647);
const fields = z.record(z.string(), z.unknown());
/** `confirmLive`: the person chose to change a live story for readers (never sent by autosave). */
const saveRequest = z.object({ version: id, input: fields, confirmLive: z.boolean().optional() });
const transitionRequest = z.object({
  transition: z.enum(['submit', 'publish', 'schedule', 'unpublish', 'archive', 'trash', 'restore']),
  expectedVersion: id,
  publishAt: z.iso.datetime({ offset: true }).optional(),
  confirmLive: z.boolean().optional(),
});
const searchRequest = z.object({
  q: z.string().max(200),
  locale: z.enum(locales).optional(),
  excludeLocale: z.enum(locales).optional(),
});

function toState(staff: Staff, result: SaveResult, options: { expire?: boolean } = {}): EditorState {
  const t = getEditorMessages(staff.preferredLocale);
  if (result.ok) {
    if (options.expire !== false) expireTags(result.invalidate);
    return { status: 'success', article: result.article };
  }
  switch (result.reason) {
    case 'invalid': {
      const fieldErrors: Record<string, string> = {};
      for (const [field, code] of Object.entries(result.fieldErrors)) {
        if (code) fieldErrors[field] = describeFieldError(t, field as ArticleField, code);
      }
      return { status: 'invalid', fieldErrors, message: t.errors.summary };
    }
    case 'conflict':
      return { status: 'error', message: t.conflict.title, current: result.current };
    case 'confirm-live':
      return {
        status: 'error',
        code: 'confirm-live',
        message: getLiveMessages(staff.preferredLocale).needsConfirm,
        article: result.current,
      };
    case 'forbidden':
      return { status: 'error', message: t.errors.forbidden };
    case 'not-found':
      return { status: 'error', message: t.errors.notFound };
  }
}

/** Creates a draft owned by the signed-in person. */
export async function createArticleAction(input: unknown): Promise<EditorState> {
  return withPermission('article.create', async (staff) => {
    const parsed = fields.safeParse(input);
    if (!parsed.success) return { status: 'error', message: getEditorMessages(staff.preferredLocale).errors.summary };
    return toState(staff, await createArticle(getDb(), staff, parsed.data));
  });
}

async function save(articleId: number, request: unknown, autosave: boolean): Promise<EditorState> {
  return withPermission('article.create', async (staff) => {
    const parsed = saveRequest.safeParse(request);
    if (!id.safeParse(articleId).success || !parsed.success) {
      return { status: 'error', message: getEditorMessages(staff.preferredLocale).errors.summary };
    }
    const result = await updateArticle(getDb(), staff, articleId, parsed.data.version, parsed.data.input, {
      autosave,
      confirmLive: !autosave && parsed.data.confirmLive === true,
    });
    // Autosave only runs on drafts and pending stories, which readers never see: expiring the
    // reader caches every few seconds of typing would only slow the public pages down.
    const unseen = result.ok && (result.article.status === 'draft' || result.article.status === 'pending');
    return toState(staff, result, { expire: !(autosave && unseen) });
  });
}

/** Saves over `version`; a stale version answers with the current one (never overwrites). Bind the id. */
export async function saveArticleAction(articleId: number, request: unknown): Promise<EditorState> {
  return save(articleId, request, false);
}

/** The same conflict-checked save, kept as an autosave revision (coalesced by the service). */
export async function autosaveArticleAction(articleId: number, request: unknown): Promise<EditorState> {
  return save(articleId, request, true);
}

/** Submit, publish, schedule, unpublish, archive, trash or restore; the service checks the role. */
export async function transitionArticleAction(articleId: number, request: unknown): Promise<EditorState> {
  return withPermission('article.create', async (staff) => {
    const t = getEditorMessages(staff.preferredLocale);
    const parsed = transitionRequest.safeParse(request);
    if (!id.safeParse(articleId).success || !parsed.success) return { status: 'error', message: t.errors.summary };
    const { transition, expectedVersion, publishAt, confirmLive } = parsed.data;
    const result = await transitionArticle(getDb(), staff, articleId, transition, {
      expectedVersion,
      publishAt: publishAt ? new Date(publishAt) : undefined,
      confirmLive,
    });
    if (result.ok) {
      expireTags(result.invalidate);
      return { status: 'success', article: result.article, message: t.workflow.done[transition] };
    }
    if (result.reason === 'invalid-date')
      return {
        status: 'invalid',
        fieldErrors: { publishAt: t.workflow.scheduleInvalid },
        message: t.workflow.scheduleInvalid,
      };
    if (result.reason === 'confirm-live')
      return { status: 'error', code: 'confirm-live', message: getLiveMessages(staff.preferredLocale).needsConfirm };
    const message =
      result.reason === 'conflict'
        ? t.errors.transitionConflict
        : result.reason === 'forbidden'
          ? t.errors.forbidden
          : t.errors.notFound;
    return { status: 'error', message };
  });
}

/**
 * Restores a revision as a new save (a plain form, so it works without JavaScript): back to the
 * editor on success, back to the revision with a reason otherwise. Bind article and revision ids.
 * Only the confirmation step (which shows the changes) sends `confirm`; it sends `live` when it
 * told the person that readers see the change at once.
 */
export async function restoreRevisionAction(articleId: number, revisionId: number, formData: FormData): Promise<void> {
  let staff: Staff;
  try {
    staff = await requirePermission('article.create');
  } catch (error) {
    if (error instanceof AccessDeniedError) redirect('/admin/login');
    throw error;
  }
  const version = z.coerce.number().pipe(id).safeParse(formData.get('version'));
  if (!id.safeParse(articleId).success || !id.safeParse(revisionId).success || !version.success) redirect('/admin');
  const back = `/admin/articles/${articleId}/revisions?rev=${revisionId}`;
  if (formData.get('confirm') !== '1') redirect(`${back}&confirm=1`);
  const result = await restoreRevision(getDb(), staff, articleId, revisionId, version.data, {
    confirmLive: formData.get('live') === '1',
  });
  if (!result.ok && result.reason === 'confirm-live') redirect(`${back}&confirm=1&error=live`);
  if (!result.ok) redirect(`${back}&error=${result.reason === 'conflict' ? 'conflict' : 'failed'}`);
  expireTags(result.invalidate);
  redirect(`/admin/articles/${articleId}?restored=${result.article.version}`);
}

/** Choices for the "translation of" and "related" pickers. */
export async function searchArticlesAction(request: unknown) {
  let staff: Staff;
  try {
    staff = await requirePermission('article.create');
  } catch (error) {
    if (error instanceof AccessDeniedError) return [];
    throw error;
  }
  const parsed = searchRequest.safeParse(request);
  if (!parsed.success) return [];
  return searchArticleChoices(getDb(), staff, parsed.data.q, parsed.data.locale, parsed.data.excludeLocale);
}
