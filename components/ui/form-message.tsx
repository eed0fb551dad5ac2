import type { ReactNode } from 'react';
import type { FormState } from '@/lib/form-state';

/** Codes an action answers with instead of a sentence (`forbidden`, `signed-out`) → the sentence to show. */
export type MessageCodes = Partial<Record<string, string>>;

/** A message in the person's language: a known code is translated, anything else is already a sentence. */
export function messageText(message: string, codes: MessageCodes = {}): string {
  return codes[message] ?? message;
}

/** The outcome of a form: a polite status on success, an alert otherwise. Nothing when there is nothing to say. */
export function FormMessage({
  tone,
  id,
  className = '',
  children,
}: {
  tone: 'success' | 'error';
  id?: string;
  className?: string;
  children?: ReactNode;
}) {
  if (!children) return null;
  const ok = tone === 'success';
  return (
    <p
      id={id}
      role={ok ? 'status' : 'alert'}
      className={`text-sm font-semibold ${ok ? 'text-ink' : 'text-accent'} ${className}`.trim()}
    >
      {children}
    </p>
  );
}

/**
 * The message a form action returned (see lib/form-state). The action already wrote it in the
 * person's language; `codes` lets a screen say a refusal (`forbidden`, `signed-out`) its own way.
 */
export function FormStateMessage({
  state,
  codes,
  id,
}: {
  state: Pick<FormState, 'status' | 'message' | 'code'>;
  codes?: MessageCodes;
  id?: string;
}) {
  const text = (state.code && codes?.[state.code]) || state.message;
  if (!text) return null;
  return (
    <FormMessage id={id} tone={state.status === 'success' ? 'success' : 'error'}>
      {text}
    </FormMessage>
  );
}
