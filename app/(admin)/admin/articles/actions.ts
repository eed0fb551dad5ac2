'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { action, describeFieldErrors } from '@/lib/actions/action';
import type { EditorState } from '@/lib/articles/editor-state';
import type { ArticleErrorCode, ArticleField } from '@/lib/articles/input';
import { articleKinds } from '@/lib/articles/kind';
import { searchArticleChoices } from '@/lib/articles/list';
import { createArticle, restoreRevision, updateArticle, type SaveResult } from '@/lib/articles/save';
import { transitionArticle } from '@/lib/articles/workflow';
import { expireTags } from '@/lib/cache-invalidation';
import type { FormState } from '@/lib/form-state';
import { describeFieldError, getEditorMessages } from '@/lib/i18n/admin-editor';
import { getLiveMessages } from '@/lib/i18n/admin-live';
import { locales, type Locale } from '@/lib/i18n/config';
import { rowId, rowIdParam } from '@/lib/validation';

const describe = (field: string, code: string, locale: Locale) =>
  describeFieldError(getEditorMessages(locale), field as ArticleField, code as ArticleErrorCode);

const invalidMessage = (locale: Locale) => getEditorMessages(locale).errors.summary;

/** The article's fields: lib/articles/input.ts parses them and answers its own codes. */
const fields = z.record(z.string(), z.unknown());
/** A version is an `integer` column, checked like a row id. */
const saveRequest = z.object({ version: rowId, input: fields, confirmLive: z.boolean().optional() });

function toState(locale: Locale, result: SaveResult, options: { expire?: boolean } = {}): EditorState {
  const t = getEditorMessages(locale);
  if (result.ok) {
    if (options.expire !== false) expireTags(result.invalidate);
    return { status: 'success', article: result.article };
  }
  switch (result.reason) {
    case 'invalid':
      return {
        status: 'invalid',
        fieldErrors: describeFieldErrors(result.fieldErrors, locale, describe),
        message: t.errors.summary,
      };
    case 'conflict':
      return { status: 'error', code: 'conflict', message: t.conflict.title, current: result.current };
    case 'confirm-live':
      return {
        status: 'error',
        code: 'confirm-live',
        message: getLiveMessages(locale).needsConfirm,
        article: result.current,
      };
    case 'forbidden':
      return { status: 'error', code: 'forbidden', message: t.errors.forbidden };
    case 'not-found':
      return { status: 'error', code: 'not-found', message: t.errors.notFound };
  }
}

/** Creates a draft owned by the signed-in person. */
export const createArticleAction: (input: unknown) => Promise<EditorState> = action(
  {
    name: 'createArticle',
    access: 'article.create',
    schema: fields,
    input: (input: unknown) => input,
    describe,
    invalidMessage,
  },
  async (input, { actor, locale }): Promise<EditorState> => toState(locale, await createArticle(getDb(), actor, input)),
);

function saveAction(name: string, autosave: boolean): (id: number, request: unknown) => Promise<EditorState> {
  return action(
    {
      name,
      access: 'article.create',
      schema: z.object({ id: rowId, request: saveRequest }),
      input: (id: number, request: unknown) => ({ id, request }),
      describe,
      invalidMessage,
    },
    async ({ id, request }, { actor, locale }): Promise<EditorState> => {
      const result = await updateArticle(getDb(), actor, id, request.version, request.input, {
        autosave,
        confirmLive: !autosave && request.confirmLive === true,
      });
      // Autosave only runs on drafts and pending stories, which readers never see: expiring the
      // reader caches every few seconds of typing would only slow the public pages down.
      const unseen = result.ok && (result.article.status === 'draft' || result.article.status === 'pending');
      return toState(locale, result, { expire: !(autosave && unseen) });
    },
  );
}

/** Saves over `version`; a stale version answers with the current one (never overwrites). Bind the id. */
export const saveArticleAction = saveAction('saveArticle', false);

/** The same conflict-checked save, kept as an autosave revision (coalesced by the service). */
export const autosaveArticleAction = saveAction('autosaveArticle', true);

const transitionRequest = z.object({
  transition: z.enum(['submit', 'publish', 'schedule', 'unpublish', 'archive', 'trash', 'restore']),
  expectedVersion: rowId,
  publishAt: z.iso.datetime({ offset: true }).optional(),
  confirmLive: z.boolean().optional(),
});

/** Submit, publish, schedule, unpublish, archive, trash or restore; the service checks the role. */
export const transitionArticleAction: (id: number, request: unknown) => Promise<EditorState> = action(
  {
    name: 'transitionArticle',
    access: 'article.create',
    schema: z.object({ id: rowId, request: transitionRequest }),
    input: (id: number, request: unknown) => ({ id, request }),
    describe,
    invalidMessage,
  },
  async ({ id, request }, { actor, locale }): Promise<EditorState> => {
    const t = getEditorMessages(locale);
    const { transition, expectedVersion, publishAt, confirmLive } = request;
    const result = await transitionArticle(getDb(), actor, id, transition, {
      expectedVersion,
      publishAt: publishAt ? new Date(publishAt) : undefined,
      confirmLive,
    });
    if (result.ok) {
      expireTags(result.invalidate);
      return { status: 'success', article: result.article, message: t.workflow.done[transition] };
    }
    switch (result.reason) {
      case 'invalid':
        return {
          status: 'invalid',
          fieldErrors: { publishAt: t.workflow.scheduleInvalid },
          message: t.workflow.scheduleInvalid,
        };
      case 'confirm-live':
        return { status: 'error', code: 'confirm-live', message: getLiveMessages(locale).needsConfirm };
      case 'conflict':
        return { status: 'error', code: 'conflict', message: t.errors.transitionConflict };
      case 'forbidden':
        return { status: 'error', code: 'forbidden', message: t.errors.forbidden };
      case 'not-found':
        return { status: 'error', code: 'not-found', message: t.errors.notFound };
    }
  },
);

/**
 * Restores a revision as a new save (a plain form, so it works without JavaScript): back to the
 * editor on success, back to the revision with a reason otherwise. Bind article and revision ids.
 * Only the confirmation step (which shows the changes) sends `confirm`; it sends `live` when it
 * told the person that readers see the change at once.
 */
export const restoreRevisionAction = action(
  {
    name: 'restoreRevision',
    access: 'article.create',
    schema: z.object({
      articleId: rowId,
      revisionId: rowId,
      version: rowIdParam,
      confirm: z.boolean(),
      live: z.boolean(),
    }),
    input: (articleId: number, revisionId: number, form: FormData) => ({
      articleId,
      revisionId,
      version: form.get('version'),
      confirm: form.get('confirm') === '1',
      live: form.get('live') === '1',
    }),
    // Signed out or without the right: the sign-in page, as before; anything else: the article list.
    refused: (state: FormState): never =>
      redirect(state.code === 'signed-out' || state.code === 'forbidden' ? '/admin/login' : '/admin'),
  },
  async ({ articleId, revisionId, version, confirm, live }, { actor }): Promise<never> => {
    const back = `/admin/articles/${articleId}/revisions?rev=${revisionId}`;
    if (!confirm) redirect(`${back}&confirm=1`);
    const result = await restoreRevision(getDb(), actor, articleId, revisionId, version, { confirmLive: live });
    if (!result.ok && result.reason === 'confirm-live') redirect(`${back}&confirm=1&error=live`);
    if (!result.ok) redirect(`${back}&error=${result.reason === 'conflict' ? 'conflict' : 'failed'}`);
    expireTags(result.invalidate);
    redirect(`/admin/articles/${articleId}?restored=${result.article.version}`);
  },
);

const searchRequest = z.object({
  q: z.string().max(200),
  locale: z.enum(locales).optional(),
  excludeLocale: z.enum(locales).optional(),
  kind: z.enum(articleKinds).default('story'),
});

/** Choices for the "translation of" and "related" pickers; a refusal is an empty list. */
export const searchArticlesAction = action(
  {
    name: 'searchArticles',
    access: 'article.create',
    schema: searchRequest,
    input: (request: unknown) => request,
    refused: () => [],
  },
  async ({ q, locale, excludeLocale, kind }, { actor }) =>
    searchArticleChoices(getDb(), actor, q, locale, excludeLocale, kind),
);
