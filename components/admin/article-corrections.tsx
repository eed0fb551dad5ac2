'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormStateMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/form-state';
import type { AdminCorrectionsMessages } from '@/lib/i18n/admin-corrections';
import { direction, type Locale } from '@/lib/i18n/config';

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

export type CorrectionItem = { id: number; body: string; createdAt: string; date: string };

/**
 * Under a published story in the editor: its corrections, oldest first, and a box to publish a
 * new one (typed in the story's language and direction). What was typed stays on a refusal;
 * a note too long is refused with the limit rather than cut by the browser.
 */
export function ArticleCorrections({
  action,
  corrections,
  storyLocale,
  initialState,
  t,
}: {
  action: FormAction;
  corrections: CorrectionItem[];
  storyLocale: Locale;
  initialState?: FormState;
  t: AdminCorrectionsMessages;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, initialState ?? { status: 'idle' });
  // A published correction empties the box; a refused one keeps what was typed.
  const typed = state.status === 'success' ? '' : (state.values?.body ?? '');
  return (
    <section aria-labelledby="corrections-title" className="mt-8 space-y-4 rounded border border-rule bg-card p-5">
      <div>
        <h2 id="corrections-title" className="text-lg font-bold">
          {t.title}
        </h2>
        <p className="text-sm text-muted">{t.intro}</p>
      </div>
      {corrections.length === 0 ? (
        <p className="text-sm">{t.none}</p>
      ) : (
        <ol className="space-y-3" data-corrections>
          {corrections.map((c) => (
            <li key={c.id} className="border-s-4 border-accent ps-3">
              <p className="text-sm font-semibold">
                <time dateTime={c.createdAt}>{c.date}</time>
              </p>
              <p lang={storyLocale} dir={direction(storyLocale)} className="whitespace-pre-line">
                {c.body}
              </p>
            </li>
          ))}
        </ol>
      )}
      <form action={formAction} noValidate className="space-y-3" key={`${state.status}:${corrections.length}`}>
        <FormStateMessage state={state} codes={{ forbidden: t.errors.forbidden, 'signed-out': t.errors.forbidden }} />
        <Field id="correction-body" label={t.body} hint={t.hint} error={state.fieldErrors?.body}>
          {(p) => (
            <textarea
              {...p}
              name="body"
              rows={3}
              required
              defaultValue={typed}
              lang={storyLocale}
              dir={direction(storyLocale)}
              className={inputClass}
            />
          )}
        </Field>
        <SubmitButton pending={pending}>{t.add}</SubmitButton>
      </form>
    </section>
  );
}
