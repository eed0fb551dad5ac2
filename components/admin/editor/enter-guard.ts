import type { KeyboardEvent } from 'react';

/** Inputs whose Enter is their own action (pressing a button, opening the file chooser). */
const OWN_ENTER = new Set(['submit', 'button', 'reset', 'image', 'file']);

/**
 * The article form saves only from its Save button. The browser would also submit it when
 * Enter is pressed in any one-line field (title, alt text, caption, a search box…), saving —
 * and for a new story reloading — the whole story. Fields with an Enter action of their own
 * (insert the image, apply the link) handle it first; everywhere else Enter does nothing.
 */
export function keepEnterFromSubmitting(event: KeyboardEvent<HTMLFormElement>) {
  const field = event.target as HTMLInputElement;
  if (event.key !== 'Enter' || field.tagName !== 'INPUT' || OWN_ENTER.has(field.type)) return;
  event.preventDefault();
}
