'use client';

import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { fill, formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';
import { useEditorStrings } from './editor/editor-strings';

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
 * overwritten without that choice. A modal Dialog keeps focus inside.
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
  const t = useEditorStrings().editor.conflict;
  const idp = useId();
  // Must be answered: Escape does nothing.
  return (
    <Dialog title={t.title} description={t.body} descriptionClassName="mt-1 text-muted" size="lg">
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
        <Button variant="danger" disabled={busy} onClick={onTakeTheirs}>
          {t.takeTheirs}
        </Button>
        <Button disabled={busy} onClick={onKeepMine}>
          {t.keepMine}
        </Button>
      </div>
    </Dialog>
  );
}
