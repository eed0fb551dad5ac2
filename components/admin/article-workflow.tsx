'use client';

import { useEffect, useState } from 'react';
import { canTransition, type ArticleAccess, type Role, type Transition } from '@/lib/auth/permissions';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import type { Locale } from '@/lib/i18n/config';

const buttonClass = 'rounded border px-4 py-2 font-semibold disabled:opacity-60';

/** The moves this person may make now, from lib/auth/permissions (the server checks again). */
export function ArticleWorkflow({
  idp,
  adminLocale,
  actor,
  access,
  isNew,
  canEdit,
  busy,
  scheduleError,
  onTransition,
}: {
  idp: string;
  adminLocale: Locale;
  actor: { id: number; role: Role };
  access: ArticleAccess;
  isNew: boolean;
  canEdit: boolean;
  busy: boolean;
  scheduleError?: string;
  onTransition: (transition: Transition, publishAt?: string) => void;
}) {
  const t = getEditorMessages(adminLocale).workflow;
  const [when, setWhen] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  // The browser's time zone: the date typed below is read in it and sent as UTC.
  const [zone, setZone] = useState('');
  useEffect(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const may = (transition: Transition) => canTransition(actor, access, transition) && (!isNew || transition === 'submit' || transition === 'publish' || transition === 'schedule');

  function schedule() {
    const date = new Date(when);
    if (!when || Number.isNaN(date.getTime()) || date.getTime() <= Date.now()) {
      setLocalError(t.scheduleInvalid);
      return;
    }
    setLocalError(null);
    onTransition('schedule', date.toISOString());
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
  return (
    <section aria-labelledby={`${idp}-workflow`} className="grid gap-3 rounded border border-rule bg-card p-4">
      <h2 id={`${idp}-workflow`} className="font-extrabold">
        {t.label}
      </h2>
      <div className="flex flex-wrap gap-2">
        {canEdit && (
          <button type="submit" disabled={busy} className={`${buttonClass} border-accent bg-accent text-accent-ink`}>
            {isNew || access.status === 'draft' ? t.saveDraft : t.save}
          </button>
        )}
        {simple
          .filter((b) => may(b.transition))
          .map((b) => (
            <button
              key={b.transition}
              type="button"
              disabled={busy}
              onClick={() => onTransition(b.transition)}
              className={`${buttonClass} ${b.danger ? 'border-rule text-accent' : 'border-accent text-accent'}`}
            >
              {b.label}
            </button>
          ))}
      </div>
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
            <button type="button" disabled={busy} onClick={schedule} className={`${buttonClass} border-accent text-accent`}>
              {t.schedule}
            </button>
          </div>
          <p id={`${idp}-zone`} className="text-sm text-muted">
            {zone ? t.timeZone(zone) : '\u00a0'}
          </p>
          {error && (
            <p id={`${idp}-schedule-error`} className="text-sm font-semibold text-accent">
              {error}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
