'use client';

import { useEffect, useId, useRef } from 'react';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import { fill, formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';

export type ConflictSide = { title: string; dek: string; body: string };

function plainText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function Side({
  heading,
  side,
  articleLocale,
  id,
}: {
  heading: string;
  side: ConflictSide;
  articleLocale: Locale;
  id: string;
}) {
  return (
    <section aria-labelledby={id} className="min-w-0 rounded border border-rule bg-paper p-3">
      <h3 id={id} className="mb-2 font-extrabold">
        {heading}
      </h3>
      <div lang={articleLocale} dir="auto" className="grid gap-2">
        <p className="text-lg font-bold">{side.title}</p>
        {side.dek && <p className="text-muted">{side.dek}</p>}
        <p className="max-h-64 overflow-y-auto text-sm whitespace-pre-wrap">{plainText(side.body)}</p>
      </div>
    </section>
  );
}

/**
 * Someone saved first: both versions side by side, and the person chooses. Nothing is
 * overwritten without that choice. A native modal <dialog> keeps focus inside.
 */
export function ArticleConflict({
  adminLocale,
  articleLocale,
  mine,
  theirs,
  theirVersion,
  busy,
  onKeepMine,
  onTakeTheirs,
}: {
  adminLocale: Locale;
  articleLocale: Locale;
  mine: ConflictSide;
  theirs: ConflictSide;
  theirVersion: number;
  busy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const t = getEditorMessages(adminLocale).conflict;
  const ref = useRef<HTMLDialogElement>(null);
  const idp = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${idp}-title`}
      aria-describedby={`${idp}-body`}
      onCancel={(e) => e.preventDefault()}
      className="m-auto w-[min(64rem,95vw)] rounded border border-rule bg-card p-5 text-ink backdrop:bg-black/50"
    >
      <h2 id={`${idp}-title`} className="text-xl font-extrabold">
        {t.title}
      </h2>
      <p id={`${idp}-body`} className="mt-1 text-muted">
        {t.body}
      </p>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <Side heading={t.mine} side={mine} articleLocale={articleLocale} id={`${idp}-mine`} />
        <Side
          heading={fill(t.theirs, { version: formatNumber(adminLocale, theirVersion) })}
          side={theirs}
          articleLocale={articleLocale}
          id={`${idp}-theirs`}
        />
      </div>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={onTakeTheirs}
          className="rounded border border-accent px-4 py-2 font-semibold text-accent"
        >
          {t.takeTheirs}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={onKeepMine}
          className="rounded bg-accent px-4 py-2 font-semibold text-accent-ink"
        >
          {t.keepMine}
        </button>
      </div>
    </dialog>
  );
}
