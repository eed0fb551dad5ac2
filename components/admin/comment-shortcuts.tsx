'use client';

import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import { shortcutFor } from '@/lib/admin/queue-shortcut-keys';
import type { AdminCommentsMessages } from '@/lib/i18n/admin-comments';

type Messages = AdminCommentsMessages['queue']['shortcuts'];

/** Where focus was when an action was sent, so the next page puts it back on the same place. */
const FOCUS_KEY = 'maydan:comment-queue-focus';
const FOCUS_MEMORY_MS = 30_000;

const shortcutButtons: Record<string, string> = { a: 'approve', s: 'spam', d: 'trash' };
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** Letters are shortcuts only when they would not be typed into something. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)
  );
}

const rowsIn = (list: HTMLElement | null) =>
  Array.from(list?.querySelectorAll<HTMLElement>('[data-comment-row]') ?? []);

function focusRowIn(list: HTMLElement | null, index: number) {
  const all = rowsIn(list);
  const row = all[Math.max(0, Math.min(index, all.length - 1))];
  row?.focus();
  row?.scrollIntoView({ block: 'nearest' });
}

/**
 * Keyboard shortcuts for the queue (j/k move, a approve, s spam, d trash, r reply, x select,
 * ? help). They press the same buttons a mouse would, so every decision still goes through
 * the forms and their server actions.
 */
export function CommentShortcuts({ t, rowsKey, children }: { t: Messages; rowsKey: string; children: ReactNode }) {
  const listRef = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const hydrated = useHydrated();

  // Uses refs only, so the key handler registered once can call it.
  const openHelp = () => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialogRef.current?.showModal();
    dialogRef.current?.querySelector<HTMLElement>('button')?.focus();
  };

  // After a decision the list changes under the moderator: focus goes back to the same place,
  // which is now the next comment (or the row itself if it stayed).
  useEffect(() => {
    const saved = sessionStorage.getItem(FOCUS_KEY);
    if (saved === null) return;
    sessionStorage.removeItem(FOCUS_KEY);
    try {
      const { index, at } = JSON.parse(saved) as { index: number; at: number };
      if (Date.now() - at < FOCUS_MEMORY_MS) focusRowIn(listRef.current, index);
    } catch {
      // Not ours, or from an older version: nothing to restore.
    }
  }, [rowsKey]);

  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const rows = () => rowsIn(list);
    const focusRow = (index: number) => focusRowIn(list, index);
    const current = () => rows().findIndex((row) => row.contains(document.activeElement));
    const onSubmit = (event: Event) => {
      const form = event.target as HTMLElement;
      const row = form.closest<HTMLElement>('[data-comment-row]');
      if (row && form.hasAttribute('data-keep-focus'))
        sessionStorage.setItem(FOCUS_KEY, JSON.stringify({ index: rows().indexOf(row), at: Date.now() }));
    };

    const onKey = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        dialogRef.current?.open ||
        isTyping(event.target)
      )
        return;
      const index = current();
      const row = index >= 0 ? rows()[index] : undefined;
      const key = shortcutFor(event);
      if (!key) return;
      if (key === '?') {
        openHelp();
      } else if (key === 'j') {
        focusRow(index < 0 ? 0 : index + 1);
      } else if (key === 'k') {
        focusRow(index <= 0 ? 0 : index - 1);
      } else if (row && key in shortcutButtons) {
        const button = row.querySelector<HTMLButtonElement>(`button[data-shortcut="${shortcutButtons[key]}"]`);
        if (!button) return;
        row.focus();
        button.click();
      } else if (row && key === 'x') {
        row.querySelector<HTMLInputElement>('input[data-shortcut="select"]')?.click();
      } else if (row && key === 'r') {
        const reply = row.querySelector<HTMLDetailsElement>('details[data-shortcut="reply"]');
        if (!reply) return;
        reply.open = true;
        reply.querySelector<HTMLTextAreaElement>('textarea')?.focus();
      } else {
        return;
      }
      event.preventDefault();
    };

    list.addEventListener('submit', onSubmit, true);
    document.addEventListener('keydown', onKey);
    return () => {
      list.removeEventListener('submit', onSubmit, true);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  const closeHelp = () => dialogRef.current?.close();

  // A modal <dialog> makes the page inert; Tab is also kept cycling inside, as the pattern asks.
  const trapTab = (event: ReactKeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return;
    const focusable = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const keys: [string, string][] = [
    ['j', t.keys.next],
    ['k', t.keys.previous],
    ['a', t.keys.approve],
    ['s', t.keys.spam],
    ['d', t.keys.trash],
    ['r', t.keys.reply],
    ['x', t.keys.select],
    ['?', t.keys.help],
    ['Esc', t.keys.close],
  ];

  return (
    <>
      {hydrated && (
        <p className="text-end text-sm">
          <button
            type="button"
            aria-haspopup="dialog"
            onClick={openHelp}
            className="inline-flex min-h-6 items-center gap-1 font-semibold text-accent hover:underline"
          >
            {t.open} <kbd className="rounded border border-rule px-1 font-mono">?</kbd>
          </button>
        </p>
      )}
      <div ref={listRef}>{children}</div>
      <dialog
        ref={dialogRef}
        aria-labelledby="comment-shortcuts-title"
        onKeyDown={trapTab}
        onClose={() => returnFocus.current?.focus()}
        className="m-auto max-w-md rounded border border-rule bg-card p-5 text-ink backdrop:bg-black/50"
      >
        <h2 id="comment-shortcuts-title" className="text-lg font-bold">
          {t.title}
        </h2>
        <p className="mt-1 text-sm text-muted">{t.intro}</p>
        <p className="mt-1 text-sm text-muted">{t.layouts}</p>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {keys.map(([key, label]) => (
            <div key={key} className="contents">
              <dt>
                <kbd className="rounded border border-rule px-1.5 font-mono">{key}</kbd>
              </dt>
              <dd>{label}</dd>
            </div>
          ))}
        </dl>
        <button
          type="button"
          onClick={closeHelp}
          className="mt-4 rounded border border-rule px-3 py-1 font-semibold hover:border-accent"
        >
          {t.close}
        </button>
      </dialog>
    </>
  );
}
