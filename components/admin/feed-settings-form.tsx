'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { FormStateMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/form-state';
import type { FeedMessages } from '@/lib/i18n/feeds';

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** Whole stories or standfirsts in the RSS and Atom feeds. */
export function FeedSettingsForm({
  action,
  initial,
  initialState,
  t,
}: {
  action: FormAction;
  initial: { content: 'full' | 'excerpt' };
  initialState?: FormState;
  t: FeedMessages['admin'];
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, initialState ?? { status: 'idle' });
  const content = state.values?.content ?? initial.content;
  const error = state.fieldErrors?.content;
  return (
    <form
      action={formAction}
      noValidate
      aria-labelledby="feed-settings-title"
      className="space-y-4 rounded border border-rule bg-card p-5"
    >
      <h2 id="feed-settings-title" className="text-lg font-bold">
        {t.title}
      </h2>
      <FormStateMessage state={state} codes={{ forbidden: t.forbidden, 'signed-out': t.forbidden }} />
      <fieldset
        className="space-y-2"
        aria-describedby={error ? 'feed-content-hint feed-content-error' : 'feed-content-hint'}
      >
        <legend className="font-semibold">{t.content}</legend>
        {/* Keyed by the saved value, so a saved choice is what the radios show afterwards. */}
        <label className="flex items-center gap-2" key={`full-${content}`}>
          <input type="radio" name="content" value="full" defaultChecked={content !== 'excerpt'} />
          {t.full}
        </label>
        <label className="flex items-center gap-2" key={`excerpt-${content}`}>
          <input type="radio" name="content" value="excerpt" defaultChecked={content === 'excerpt'} />
          {t.excerpt}
        </label>
        <p id="feed-content-hint" className="text-xs text-muted">
          {t.excerptHint}
        </p>
        {error && (
          <p id="feed-content-error" className="text-sm text-accent">
            {error}
          </p>
        )}
      </fieldset>
      <SubmitButton pending={pending} size="sm">
        {t.save}
      </SubmitButton>
    </form>
  );
}
