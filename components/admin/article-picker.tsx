'use client';

import { useEffect, useRef, useState } from 'react';
import { fieldAria, inputClass } from '@/components/ui/field';
import type { EditorActions } from '@/lib/articles/editor-state';
import type { ArticleKind } from '@/lib/articles/kind';
import type { ArticleChoice } from '@/lib/articles/list';
import { localeNames, type Locale } from '@/lib/i18n/config';
import { formatNumber, fill } from '@/lib/i18n/format';
import { useEditorStrings } from './editor/editor-strings';

/** Search-and-pick for "translation of" (one, other languages) and "related" (up to 8, same language). */
export function ArticlePicker({
  id,
  label,
  hint,
  error,
  adminLocale,
  search,
  selected,
  onChange,
  max,
  scope,
  excludeIds,
  disabled,
}: {
  id: string;
  label: string;
  hint: string;
  error?: string;
  adminLocale: Locale;
  /** A server action given by the page. */
  search: EditorActions['search'];
  selected: ArticleChoice[];
  onChange: (next: ArticleChoice[]) => void;
  max: number;
  scope: { locale?: Locale; excludeLocale?: Locale; kind?: ArticleKind };
  excludeIds: number[];
  disabled?: boolean;
}) {
  const t = useEditorStrings().editor.picker;
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ArticleChoice[] | null>(null);
  const [active, setActive] = useState(false);
  const seq = useRef(0);
  const { locale: scopeLocale, excludeLocale, kind } = scope;

  useEffect(() => {
    if (!active) return;
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      const found = await search({
        q: query,
        ...(scopeLocale && { locale: scopeLocale }),
        ...(excludeLocale && { excludeLocale }),
        ...(kind && { kind }),
      }).catch(() => []);
      if (mine === seq.current) setResults(found.map((r) => ({ id: r.id, title: r.title, locale: r.locale })));
    }, 250);
    return () => clearTimeout(timer);
  }, [query, active, scopeLocale, excludeLocale, kind, search]);

  const hidden = new Set([...excludeIds, ...selected.map((s) => s.id)]);
  const visible = (results ?? []).filter((r) => !hidden.has(r.id));
  const full = selected.length >= max;
  const resultsId = `${id}-results`;

  return (
    <fieldset className="grid gap-2" disabled={disabled}>
      <legend className="font-semibold">{label}</legend>
      {selected.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {selected.map((item) => (
            <li
              key={item.id}
              className="flex items-center gap-1 rounded-full border border-rule bg-card ps-3 pe-1 py-0.5 text-sm"
            >
              <span dir="auto" lang={item.locale}>
                {item.title}
              </span>
              <span className="text-muted">({localeNames[item.locale]})</span>
              <button
                type="button"
                onClick={() => onChange(selected.filter((s) => s.id !== item.id))}
                aria-label={fill(t.remove, { title: item.title })}
                className="rounded-full px-2 hover:text-accent"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {!full && (
        <div>
          <label htmlFor={id} className="block text-sm">
            {t.search}
          </label>
          <input
            id={id}
            type="search"
            value={query}
            dir="auto"
            autoComplete="off"
            onFocus={() => setActive(true)}
            onChange={(e) => {
              setActive(true);
              setQuery(e.target.value);
            }}
            aria-controls={resultsId}
            {...fieldAria(id, error, true)}
            className={inputClass}
          />
        </div>
      )}
      <p id={`${id}-hint`} className="text-sm text-muted">
        {hint} {max > 1 && fill(t.limit, { max: formatNumber(adminLocale, max) })}
      </p>
      {error && (
        <p id={`${id}-error`} className="text-sm font-semibold text-accent">
          {error}
        </p>
      )}
      <div id={resultsId} aria-live="polite">
        {!full && active && results && visible.length === 0 && <p className="text-sm text-muted">{t.noResults}</p>}
        {!full && active && visible.length > 0 && (
          <ul aria-label={t.results} className="max-h-56 overflow-y-auto rounded border border-rule bg-card">
            {visible.map((item) => (
              <li key={item.id} className="border-b border-rule last:border-b-0">
                <button
                  type="button"
                  onClick={() => onChange([...selected, item].slice(0, max))}
                  className="flex w-full items-center justify-between gap-3 px-3 py-1.5 text-start hover:bg-paper"
                >
                  <span dir="auto" lang={item.locale}>
                    {item.title}
                  </span>
                  <span className="shrink-0 text-sm text-muted">
                    {localeNames[item.locale]} · {t.add}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
