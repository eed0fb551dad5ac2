'use client';

import { useEffect, useState } from 'react';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { isLive, takesOffline } from '@/lib/articles/live';
import { can, canTransition, type ArticleAccess, type Role, type Transition } from '@/lib/auth/permissions';
import { fill } from '@/lib/i18n/format';
import { useEditorStrings } from './editor/editor-strings';

// At least 44×44 CSS px: on a phone these are thumb targets.
const buttonClass = 'min-h-11 min-w-11 rounded border px-4 py-2 font-semibold disabled:opacity-60';
/** Moves that go in the bar kept on screen on phones; the rarer ones stay in the panel. */
const primary: Transition[] = ['submit', 'publish', 'unpublish'];

/**
 * The moves this person may make now, from lib/auth/permissions (the server checks again).
 * Taking a live story offline asks first, and only a confirmed request carries `confirmLive`.
 * On phones Save and the main moves sit in a bar fixed to the bottom of the screen.
 */
export function ArticleWorkflow({
  idp,
  actor,
  access,
  isNew,
  canEdit,
  busy,
  scheduleError,
  onTransition,
}: {
  idp: string;
  actor: { id: number; role: Role };
  access: ArticleAccess;
  isNew: boolean;
  canEdit: boolean;
  busy: boolean;
  scheduleError?: string;
  onTransition: (transition: Transition, publishAt?: string, confirmLive?: boolean) => void;
}) {
  const t = useEditorStrings().editor.workflow;
  const tl = useEditorStrings().live;
  const live = !isNew && isLive(access);
  const [confirm, confirmDialog] = useConfirm();
  const [when, setWhen] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  // The browser's time zone: the date typed below is read in it and sent as UTC.
  const [zone, setZone] = useState('');
  useEffect(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const may = (transition: Transition) =>
    canTransition(actor, access, transition) &&
    (!isNew || transition === 'submit' || transition === 'publish' || transition === 'schedule');

  function schedule() {
    const date = new Date(when);
    if (!when || Number.isNaN(date.getTime()) || date.getTime() <= Date.now()) {
      setLocalError(t.scheduleInvalid);
      return;
    }
    setLocalError(null);
    onTransition('schedule', date.toISOString());
  }

  async function move(transition: Transition) {
    if (!live || !takesOffline(transition)) return onTransition(transition);
    const ask = tl.confirm[transition as 'unpublish' | 'archive' | 'trash'];
    const yes = await confirm({
      title: ask.title,
      body: <p>{ask.body}</p>,
      confirmLabel: ask.action,
      cancelLabel: tl.cancel,
    });
    if (yes) onTransition(transition, undefined, true);
  }

  const error = localError ?? scheduleError;
  const simple: { transition: Transition; label: string; danger?: boolean }[] = [
    { transition: 'submit', label: t.submit },
    { transition: 'publish', label: t.publish },
    { transition: 'unpublish', label: t.unpublish },
    { transition: 'archive', label: t.archive },
    { transition: 'restore', label: t.restore },
    { transition: 'trash', label: t.trash, danger: true },
  ];
  const actions = simple.filter((b) => may(b.transition));
  const button = (b: (typeof simple)[number]) => (
    <button
      key={b.transition}
      type="button"
      disabled={busy}
      aria-haspopup={live && takesOffline(b.transition) ? 'dialog' : undefined}
      onClick={() => void move(b.transition)}
      className={`${buttonClass} ${b.danger ? 'border-rule text-accent' : 'border-accent text-accent'}`}
    >
      {b.label}
    </button>
  );
  return (
    <section aria-labelledby={`${idp}-workflow`} className="grid gap-3 rounded border border-rule bg-card p-4">
      <h2 id={`${idp}-workflow`} className="font-extrabold">
        {t.label}
      </h2>
      {live && <p className="text-sm">{tl.liveNote}</p>}
      <div className="z-20 flex flex-wrap gap-2 empty:hidden max-sm:fixed max-sm:inset-x-0 max-sm:bottom-0 max-sm:border-t max-sm:border-rule max-sm:bg-card max-sm:p-2 max-sm:shadow-[0_-2px_8px_rgb(0_0_0/0.15)]">
        {canEdit && (
          <button type="submit" disabled={busy} className={`${buttonClass} border-accent bg-accent text-accent-ink`}>
            {live ? tl.updateLive : isNew || access.status === 'draft' ? t.saveDraft : t.save}
          </button>
        )}
        {actions.filter((b) => primary.includes(b.transition)).map(button)}
      </div>
      {actions.some((b) => !primary.includes(b.transition)) && (
        <div className="flex flex-wrap gap-2">{actions.filter((b) => !primary.includes(b.transition)).map(button)}</div>
      )}
      {may('schedule') && (
        <div className="grid gap-1">
          <label htmlFor={`${idp}-schedule`} className="text-sm font-semibold">
            {t.scheduleAt}
          </label>
          <div className="flex flex-wrap items-center gap-2">
            <input
              id={`${idp}-schedule`}
              type="datetime-local"
              value={when}
              onChange={(e) => {
                setWhen(e.target.value);
                setLocalError(null);
              }}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${idp}-zone${error ? ` ${idp}-schedule-error` : ''}`}
              className="rounded border border-rule bg-paper px-2 py-1.5"
            />
            <button
              type="button"
              disabled={busy}
              onClick={schedule}
              className={`${buttonClass} border-accent text-accent`}
            >
              {t.schedule}
            </button>
          </div>
          <p id={`${idp}-zone`} className="text-sm text-muted">
            {zone ? fill(t.timeZone, { zone }) : '\u00a0'}
          </p>
          {error && (
            <p id={`${idp}-schedule-error`} className="text-sm font-semibold text-accent">
              {error}
            </p>
          )}
        </div>
      )}
      {live && can(actor.role, 'article.publish') && <p className="text-sm text-muted">{tl.keepsDate}</p>}
      {confirmDialog}
    </section>
  );
}
