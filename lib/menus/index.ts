import 'server-only';
import { and, asc, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articles, menuItems, sectionTranslations, tags } from '@/db/schema';
import { recordAudit } from '../audit/write';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import { cacheTags } from '../cache-tags';
import type { Locale } from '../i18n/config';
import { invalid, ok, refuse, type Result } from '../result';
import { slugify } from '../slug';
import { fieldErrorsFromZod } from '../validation';
import { MAX_MENU_ITEMS } from './kinds';
import { menuItemInputSchema, type MenuItemCode, type MenuItemField } from './input';
import { listMenuEntries, type MenuEntry } from './queries';

export type { MenuEntry, MenuLink } from './queries';

// The header and footer menus of each language, edited in /admin/menus by editors and admins
// ('pages.manage'). Every write expires the language's `menus` tag: the next request shows it.

type Written = Result<{ invalidate: string[] }, 'forbidden' | 'not-found' | 'invalid', MenuItemField, MenuItemCode>;

export type MenuChoices = {
  sections: { id: number; name: string }[];
  pages: { id: number; title: string; online: boolean }[];
};

/** A language's menus for the admin screen, with what an item may point at. */
export async function getMenusForAdmin(
  db: Db,
  actor: Actor,
  locale: Locale,
): Promise<{ entries: MenuEntry[]; choices: MenuChoices } | null> {
  if (!can(actor.role, 'pages.manage')) return null;
  const [entries, sections, pages] = await Promise.all([
    listMenuEntries(db, locale),
    db
      .select({ id: sectionTranslations.sectionId, name: sectionTranslations.name })
      .from(sectionTranslations)
      .where(eq(sectionTranslations.locale, locale))
      .orderBy(asc(sectionTranslations.name)),
    db
      .select({
        id: articles.id,
        title: articles.title,
        online: sql<boolean>`${articles.status} in ('published', 'scheduled') and ${articles.publishedAt} <= now()`,
      })
      .from(articles)
      .where(and(eq(articles.kind, 'page'), eq(articles.locale, locale), sql`${articles.deletedAt} is null`))
      .orderBy(asc(articles.title)),
  ]);
  return { entries, choices: { sections, pages } };
}

/** Adds a link at the end of a menu. */
export async function addMenuItem(db: Db, actor: Actor, raw: unknown): Promise<Written> {
  if (!can(actor.role, 'pages.manage')) return refuse('forbidden');
  const parsed = menuItemInputSchema.safeParse(raw);
  if (!parsed.success) {
    // The schema names only codes a menu form knows (required, too-long, invalid, invalid-url).
    const errors = fieldErrorsFromZod<MenuItemField>(parsed.error, (p) => String(p[0] ?? ''));
    return invalid(errors as Partial<Record<MenuItemField, MenuItemCode>>);
  }
  const input = parsed.data;
  let tagId: number | null = null;
  // The target must exist in the menu's language (a page of that language; a tag of that language).
  if (input.target === 'section') {
    const [found] = await db
      .select({ id: sectionTranslations.sectionId })
      .from(sectionTranslations)
      .where(and(eq(sectionTranslations.sectionId, input.sectionId!), eq(sectionTranslations.locale, input.locale)));
    if (!found) return invalid<MenuItemField, MenuItemCode>({ sectionId: 'not-found' });
  } else if (input.target === 'page') {
    const [found] = await db
      .select({ id: articles.id })
      .from(articles)
      .where(
        and(
          eq(articles.id, input.pageId!),
          eq(articles.kind, 'page'),
          eq(articles.locale, input.locale),
          sql`${articles.deletedAt} is null`,
        ),
      );
    if (!found) return invalid<MenuItemField, MenuItemCode>({ pageId: 'not-found' });
  } else if (input.target === 'tag') {
    const slug = slugify(input.tag);
    const [found] = slug
      ? await db
          .select({ id: tags.id })
          .from(tags)
          .where(and(eq(tags.locale, input.locale), eq(tags.slug, slug)))
      : [];
    if (!found) return invalid<MenuItemField, MenuItemCode>({ tag: 'not-found' });
    tagId = found.id;
  }
  const added = await db.transaction(async (tx) => {
    // One writer at a time per menu, so two editors adding at once get distinct positions.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`menu:${input.locale}:${input.menu}`}))`);
    const [stats] = await tx
      .select({ n: sql<number>`count(*)::int`, last: sql<number>`coalesce(max(${menuItems.position}), 0)::int` })
      .from(menuItems)
      .where(and(eq(menuItems.locale, input.locale), eq(menuItems.menu, input.menu)));
    if ((stats?.n ?? 0) >= MAX_MENU_ITEMS) return null;
    const [row] = await tx
      .insert(menuItems)
      .values({
        locale: input.locale,
        menu: input.menu,
        position: (stats?.last ?? 0) + 1,
        target: input.target,
        sectionId: input.target === 'section' ? input.sectionId! : null,
        pageId: input.target === 'page' ? input.pageId! : null,
        tagId,
        url: input.target === 'link' ? input.url : '',
        label: input.label,
      })
      .returning({ id: menuItems.id });
    await recordAudit(tx, actor.id, 'menu.add', 'menu', row!.id, {
      locale: input.locale,
      menu: input.menu,
      target: input.target,
    });
    return row!.id;
  });
  if (added === null) return invalid<MenuItemField, MenuItemCode>({ menu: 'full' });
  return ok({ invalidate: [cacheTags.menus(input.locale)] });
}

/** Swaps a link with its neighbour above or below; at either end nothing changes. */
export async function moveMenuItem(db: Db, actor: Actor, id: number, direction: 'up' | 'down'): Promise<Written> {
  if (!can(actor.role, 'pages.manage')) return refuse('forbidden');
  const moved = await db.transaction(async (tx) => {
    const [item] = await tx
      .select({ locale: menuItems.locale, menu: menuItems.menu, position: menuItems.position })
      .from(menuItems)
      .where(eq(menuItems.id, id));
    if (!item) return null;
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`menu:${item.locale}:${item.menu}`}))`);
    const sameMenu = and(eq(menuItems.locale, item.locale), eq(menuItems.menu, item.menu));
    const [neighbour] = await tx
      .select({ id: menuItems.id, position: menuItems.position })
      .from(menuItems)
      .where(
        and(
          sameMenu,
          direction === 'up' ? lt(menuItems.position, item.position) : gt(menuItems.position, item.position),
        ),
      )
      .orderBy(direction === 'up' ? desc(menuItems.position) : asc(menuItems.position))
      .limit(1);
    if (neighbour) {
      await tx.update(menuItems).set({ position: neighbour.position }).where(eq(menuItems.id, id));
      await tx.update(menuItems).set({ position: item.position }).where(eq(menuItems.id, neighbour.id));
      await recordAudit(tx, actor.id, 'menu.move', 'menu', id, { direction });
    }
    return item.locale;
  });
  if (moved === null) return refuse('not-found');
  return ok({ invalidate: [cacheTags.menus(moved)] });
}

export async function removeMenuItem(db: Db, actor: Actor, id: number): Promise<Written> {
  if (!can(actor.role, 'pages.manage')) return refuse('forbidden');
  const removed = await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(menuItems)
      .where(eq(menuItems.id, id))
      .returning({ locale: menuItems.locale, menu: menuItems.menu });
    if (row) await recordAudit(tx, actor.id, 'menu.remove', 'menu', id, { locale: row.locale, menu: row.menu });
    return row?.locale ?? null;
  });
  if (removed === null) return refuse('not-found');
  return ok({ invalidate: [cacheTags.menus(removed)] });
}
