import type { ReactNode } from 'react';
import type { CommentMessages } from '@/lib/i18n/comment-messages';
import { fill } from '@/lib/i18n/format';

/** Whom the comment answers, with a way back to a top-level comment once the script runs. */
export function ReplyingTo({ name, t, onCancel }: { name: string; t: CommentMessages; onCancel?: () => void }) {
  return (
    <p className="flex flex-wrap items-center gap-3 text-sm">
      <span>
        {fill(t.replyingTo, { name: '' })}
        <bdi className="font-semibold">{name}</bdi>
      </span>
      {onCancel && (
        <button type="button" className="underline" onClick={onCancel}>
          {t.cancelReply}
        </button>
      )}
    </p>
  );
}

/** Invisible to people and assistive technology; bots that fill every field reveal themselves. */
export function Honeypot({ id, label }: { id: string; label: string }) {
  return (
    <div aria-hidden="true" className="absolute -start-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={id}>{label}</label>
      <input id={id} name="homepage" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

export type Tone = 'success' | 'error' | 'info';
export const toneClass: Record<Tone, string> = {
  success: 'border-green-700 text-green-800 dark:border-green-400 dark:text-green-300',
  error: 'border-accent text-accent',
  info: 'border-rule bg-card',
};

/** A label with the required-field star (read out as part of the form's own note, not per field). */
export const required = (label: ReactNode) => (
  <>
    {label} <span aria-hidden="true">*</span>
  </>
);
