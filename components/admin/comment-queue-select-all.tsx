'use client';

import { useHydrated } from '@/components/ui/use-hydrated';

/** Checks or unchecks every row on the page. Only shown once JavaScript runs: without it, it could do nothing. */
export function CommentQueueSelectAll({ label }: { label: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <label className="me-3 flex items-center gap-2">
      <input
        type="checkbox"
        className="size-6"
        onChange={(event) => {
          for (const box of document.querySelectorAll<HTMLInputElement>(
            '[data-comment-row] input[data-shortcut="select"]',
          )) {
            box.checked = event.currentTarget.checked;
          }
        }}
      />
      {label}
    </label>
  );
}
