import { Button } from '@/components/ui/button';
import type { AdminMenusMessages } from '@/lib/i18n/admin-menus';
import type { Locale } from '@/lib/i18n/config';
import { fill } from '@/lib/i18n/format';
import type { MenuEntry } from '@/lib/menus';
import { MenuFocusKeeper } from './menu-focus-keeper';

type FormAction = () => Promise<void>;

/**
 * One menu's links in order, each with Move up, Move down and Remove: plain buttons in forms, so
 * reordering works from the keyboard (and without JavaScript), never by dragging alone.
 */
export function MenuList({
  locale,
  entries,
  move,
  remove,
  t,
}: {
  locale: Locale;
  entries: MenuEntry[];
  /** Server actions bound to one link (given by the page: components never import from app/). */
  move: (id: number, direction: 'up' | 'down') => FormAction;
  remove: (id: number) => FormAction;
  t: AdminMenusMessages['menus'];
}) {
  if (entries.length === 0) return <p className="text-muted">{t.empty}</p>;
  return (
    <MenuFocusKeeper order={entries.map((e) => e.id).join(',')}>
      <ol className="divide-y divide-rule rounded border border-rule bg-card">
        {entries.map((entry, index) => (
          <li
            key={entry.id}
            id={`menu-item-${entry.id}`}
            data-menu-item
            className="flex flex-wrap items-center justify-between gap-3 px-4 py-3"
          >
            <div className="min-w-0">
              <p className="font-semibold" dir="auto" lang={locale}>
                {entry.label || entry.targetName}
              </p>
              <p className="text-sm text-muted">
                {t.targets[entry.target]}:{' '}
                <span dir="auto" lang={entry.target === 'link' ? undefined : locale}>
                  {entry.targetName}
                </span>
                {!entry.online && <em className="ms-2 text-accent">({t.offline})</em>}
              </p>
            </div>
            <div
              role="group"
              aria-label={fill(t.itemActions, { label: entry.label || entry.targetName })}
              className="flex flex-wrap gap-2"
            >
              <form action={move(entry.id, 'up')}>
                <Button type="submit" variant="secondary" size="sm" id={`menu-${entry.id}-up`} disabled={index === 0}>
                  {t.moveUp}
                </Button>
              </form>
              <form action={move(entry.id, 'down')}>
                <Button
                  type="submit"
                  variant="secondary"
                  size="sm"
                  id={`menu-${entry.id}-down`}
                  disabled={index === entries.length - 1}
                >
                  {t.moveDown}
                </Button>
              </form>
              <form action={remove(entry.id)}>
                <Button type="submit" variant="danger" size="sm" id={`menu-${entry.id}-remove`}>
                  {t.remove}
                </Button>
              </form>
            </div>
          </li>
        ))}
      </ol>
    </MenuFocusKeeper>
  );
}
