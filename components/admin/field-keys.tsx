'use client';

import { createContext, useContext, type KeyboardEvent } from 'react';

/**
 * What Enter (and Escape) do in the text fields of an image panel: the panel's own action,
 * never a save of the story (the fields live inside the article form). The panel provides it;
 * its fields, its own and the shared caption and credit, each handle their keys with it.
 */
export type FieldKeys = { onEnter: () => void; onEscape?: () => void };

export const FieldKeysContext = createContext<FieldKeys | null>(null);

export function handleFieldKey(event: KeyboardEvent<HTMLElement>, keys: FieldKeys | null, isTextField = true) {
  if (!keys || event.nativeEvent.isComposing) return;
  if (event.key === 'Escape') keys.onEscape?.();
  if (event.key !== 'Enter' || !isTextField) return;
  event.preventDefault();
  keys.onEnter();
}

/** The key handler for a text field inside a panel (none outside one). */
export function useFieldKeyDown(): ((event: KeyboardEvent<HTMLInputElement>) => void) | undefined {
  const keys = useContext(FieldKeysContext);
  return keys ? (event) => handleFieldKey(event, keys) : undefined;
}
