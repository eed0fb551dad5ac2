'use client';

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { inputClass } from '@/components/ui/field';
import type { Locale } from '@/lib/i18n/config';
import {
  completedTags,
  currentTagFragment,
  replaceTagFragment,
  tagFragmentKeys,
  tagSearchKey,
} from '@/lib/tag-search-key';
import { fill, formatNumber } from '@/lib/i18n/format';
import { useEditorStrings } from './editor/editor-strings';

type Suggestion = { id: number; name: string };

const SUGGEST_URL = '/api/admin/tags/suggest';
/** Typing pauses shorter than this send no request. */
const DEBOUNCE_MS = 200;
const CACHE_SIZE = 100;

/**
 * The article's tag field: plain comma-separated text (either comma), with existing tags of the
 * article's language suggested for the tag being typed, as a WAI-ARIA 1.2 combobox.
 * Suggestions come from GET /api/admin/tags/suggest, after a pause in typing, never for an
 * empty fragment; answers are kept per language and fragment, and a stale request is aborted.
 */
export function TagCombobox({
  id,
  value,
  onChange,
  locale,
  adminLocale,
  disabled,
  describedBy,
  invalid,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** The article's language: only its tags are suggested. */
  locale: Locale;
  adminLocale: Locale;
  disabled?: boolean;
  describedBy?: string;
  invalid?: boolean;
}) {
  const t = useEditorStrings().tagSuggest;
  const [options, setOptions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [focused, setFocused] = useState(false);
  // Suggestions follow typing only: a saved value opened in the editor asks for nothing.
  const [typed, setTyped] = useState(false);
  const cache = useRef(new Map<string, Suggestion[]>());
  const listId = `${id}-suggestions`;
  const optionId = (i: number) => `${id}-suggestion-${i}`;

  const fragment = currentTagFragment(value);
  const done = completedTags(value);
  const doneKey = done.map(tagSearchKey).join('\n');

  // Nothing to look up (not typed yet, or no letters in the fragment): the list empties and closes,
  // as that happens rather than in an effect.
  const wanted = typed && tagFragmentKeys(fragment).length > 0;
  const [wasWanted, setWasWanted] = useState(wanted);
  if (wasWanted !== wanted) {
    setWasWanted(wanted);
    if (!wanted) {
      setOptions([]);
      setOpen(false);
    }
  }

  useEffect(() => {
    if (!wanted) return;
    const taken = new Set(doneKey.split('\n'));
    const show = (found: Suggestion[]) => {
      const fresh = found.filter((s) => !taken.has(tagSearchKey(s.name)));
      setOptions(fresh);
      setActive(-1);
      setOpen(fresh.length > 0);
    };
    const key = `${locale}\n${fragment}`;
    const cached = cache.current.get(key);
    if (cached) {
      show(cached);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${SUGGEST_URL}?${new URLSearchParams({ locale, q: fragment })}`, {
          signal: controller.signal,
          credentials: 'same-origin',
        });
        if (!response.ok) return;
        const body = (await response.json()) as { tags?: Suggestion[] };
        const found = body.tags ?? [];
        if (cache.current.size >= CACHE_SIZE) cache.current.clear();
        cache.current.set(key, found);
        show(found);
      } catch {
        // Aborted, or the network failed: the field works on without suggestions.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [wanted, fragment, locale, doneKey]);

  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-suggestion-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  const expanded = open && focused && options.length > 0;

  function choose(option: Suggestion) {
    onChange(replaceTagFragment(value, option.name, locale === 'ar'));
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const n = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (n === 0) return;
      event.preventDefault();
      const down = event.key === 'ArrowDown';
      if (!expanded) {
        setOpen(true);
        setActive(down ? 0 : n - 1);
      } else if (!event.altKey) {
        setActive((a) => (down ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
      }
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      // Picks the suggestion; the article form is not sent.
      event.preventDefault();
      choose(options[active]!);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <div className="relative">
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={[describedBy, `${id}-suggest-hint`].filter(Boolean).join(' ')}
        autoComplete="off"
        value={value}
        disabled={disabled}
        dir="auto"
        lang={locale}
        onChange={(e) => {
          setTyped(true);
          onChange(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          setActive(-1);
        }}
        className={inputClass}
      />
      <p id={`${id}-suggest-hint`} className="sr-only">
        {t.hint}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={t.listLabel}
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-20 mt-1 max-h-64 overflow-y-auto rounded border border-rule bg-card py-1 shadow-lg"
      >
        {options.map((option, i) => (
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- keys are the field's (aria-activedescendant): focus never reaches an option
          <li
            key={option.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            lang={locale}
            dir="auto"
            // Keeps the focus in the field, so the click below is the only effect.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(option)}
            className="cursor-pointer px-3 py-1.5 text-start hover:bg-paper aria-selected:bg-paper aria-selected:outline-2 aria-selected:-outline-offset-2 aria-selected:outline-focus"
          >
            {option.name}
          </li>
        ))}
      </ul>
      {/* A live region without role=status: the editor's own save status stays the form's only one. */}
      <p aria-live="polite" className="sr-only">
        {expanded ? fill(t.found, { count: formatNumber(adminLocale, options.length) }) : ''}
      </p>
    </div>
  );
}
