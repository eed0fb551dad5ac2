import type { ReactNode } from 'react';

/**
 * A sentence of the page's language around a person's name, with the name isolated (`<bdi>`):
 * a name in another script (a Latin default name on an Arabic page) must not reorder the words
 * around it.
 */
export function sentenceWithName(template: string, name: string): ReactNode {
  const [before = '', after = ''] = template.split('{name}');
  return (
    <>
      {before}
      <bdi>{name}</bdi>
      {after}
    </>
  );
}
