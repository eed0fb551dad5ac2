import Link from 'next/link';
import type { Locale } from '@/lib/i18n/config';
import { formatNumber } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';
import type { MostReadItem } from '@/lib/most-read';
import { getMostRead } from '@/lib/most-read/reader';
import type { MostReadWindow } from '@/lib/most-read/rules';
import { routes } from '@/lib/routes';

const WINDOWS: MostReadWindow[] = ['day', 'week'];

/**
 * The language's most-read stories over 24 hours or 7 days, chosen with two radio buttons: HTML
 * and CSS only (`:has()`), so it works without JavaScript, keeps the page cached and ships no
 * script; arrow keys move between the periods as in any radio group. Where `:has()` is missing,
 * the 24-hour list shows. Hidden while nothing has been counted.
 */
export async function MostReadBox({ locale, className = '' }: { locale: Locale; className?: string }) {
  const lists = await getMostRead(locale);
  if (lists.day.length === 0 && lists.week.length === 0) return null;
  const t = getMessages(locale);
  const label = { day: t.mostReadDay, week: t.mostReadWeek };
  return (
    <section
      aria-labelledby="most-read-heading"
      data-most-read
      className={`group rounded border border-rule bg-card p-5 ${className}`}
    >
      <h2 id="most-read-heading" className="text-lg font-extrabold text-accent">
        {t.mostRead}
      </h2>
      <fieldset className="mt-3 flex flex-wrap gap-2">
        <legend className="sr-only">{t.mostReadPeriod}</legend>
        {WINDOWS.map((w) => (
          <span key={w}>
            <input
              type="radio"
              name="most-read-period"
              id={`most-read-${w}`}
              value={w}
              defaultChecked={w === 'day'}
              className="peer sr-only"
            />
            <label
              htmlFor={`most-read-${w}`}
              id={`most-read-${w}-label`}
              className="inline-flex min-h-11 cursor-pointer items-center rounded-full border border-rule px-4 text-sm font-semibold peer-checked:border-accent peer-checked:bg-accent peer-checked:text-accent-ink peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 sm:min-h-8"
            >
              {label[w]}
            </label>
          </span>
        ))}
      </fieldset>
      {WINDOWS.map((w) => (
        <List
          key={w}
          locale={locale}
          labelledBy={`most-read-${w}-label`}
          stories={lists[w]}
          empty={t.mostReadNone}
          className={
            w === 'day'
              ? 'group-has-[#most-read-week:checked]:hidden'
              : 'hidden group-has-[#most-read-week:checked]:block'
          }
        />
      ))}
    </section>
  );
}

function List({
  locale,
  labelledBy,
  stories,
  empty,
  className,
}: {
  locale: Locale;
  labelledBy: string;
  stories: MostReadItem[];
  empty: string;
  className: string;
}) {
  if (stories.length === 0) return <p className={`mt-4 text-sm text-muted ${className}`}>{empty}</p>;
  return (
    <ol aria-labelledby={labelledBy} className={`mt-4 ${className}`}>
      {stories.map((story, i) => (
        <li
          key={story.id}
          data-story={story.id}
          className="flex items-baseline gap-3 border-t border-rule py-2 first:border-t-0"
        >
          <span aria-hidden="true" className="w-6 shrink-0 text-xl font-extrabold text-accent tabular-nums">
            {formatNumber(locale, i + 1)}
          </span>
          <Link
            href={routes.article(locale, story.slug)}
            className="inline-flex min-h-6 items-center font-semibold hover:underline"
          >
            {story.title}
          </Link>
        </li>
      ))}
    </ol>
  );
}
