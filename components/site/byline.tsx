import Link from 'next/link';
import { Fragment, type ReactNode } from 'react';
import type { ArticleCard } from '@/lib/articles/types';
import type { Locale } from '@/lib/i18n/config';
import { getMessages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';

/**
 * "By Leila Haddad and AFP", "Par le Monde + Agences", "بقلم ليلى حداد": the staff author (a link
 * to their page, `rel="author"`) and the credit line, joined as the language joins a list. Each
 * name is isolated (`<bdi>`), so a Latin credit does not reorder an Arabic sentence.
 */
export function Byline({
  story,
  locale,
  linkClassName = 'inline-flex min-h-6 items-center font-semibold text-ink hover:underline',
}: {
  story: Pick<ArticleCard, 'author' | 'credit'>;
  locale: Locale;
  linkClassName?: string;
}) {
  const names: ReactNode[] = [];
  if (story.author)
    names.push(
      <Link href={routes.author(locale, story.author.slug)} rel="author" className={linkClassName}>
        <bdi>{story.author.name}</bdi>
      </Link>,
    );
  if (story.credit) names.push(<bdi data-credit>{story.credit}</bdi>);
  if (names.length === 0) return null;
  // The language's own "and" (Intl.ListFormat), with the names put in at its placeholders.
  const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(names.map((_, i) => `\u0000${i}`));
  return (
    <span data-byline>
      {getMessages(locale).by}{' '}
      {parts.map((part, i) => (
        <Fragment key={i}>{part.type === 'element' ? names[Number(part.value.slice(1))] : part.value}</Fragment>
      ))}
    </span>
  );
}
