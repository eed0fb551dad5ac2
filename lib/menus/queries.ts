import 'server-only';
import { and, asc, eq, exists, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articleTags, articles, menuItems, sectionTranslations, tags } from '@/db/schema';
import { isVisible } from '../articles/visibility';
import type { Locale } from '../i18n/config';
import { routes } from '../routes';
import type { MenuName, MenuTarget } from './kinds';

/** One menu link as the admin screen lists it: what it points at, and whether readers see it now. */
export type MenuEntry = {
  id: number;
  menu: MenuName;
  target: MenuTarget;
  /** The written label, else the target's own name in the menu's language. */
  label: string;
  /** The target's own name (section, page title, tag) or the address. */
  targetName: string;
  href: string | null;
  /** False while the target has no page readers can open (a draft page, an empty section). */
  online: boolean;
  /** For a section link: which section (the header marks the reader's current one). */
  sectionId: number | null;
};

/** A link of a menu as readers get it. */
export type MenuLink = { label: string; href: string; external: boolean; sectionId: number | null };

/**
 * Every link of a language's menus in order, each resolved in one query: a section or tag by its
 * name and slug in that language, a page by its title and slug. `online` is the readers' rule: a
 * section or tag listing a visible story, a visible page (the proxy's URL index says the same).
 */
export async function listMenuEntries(db: Db, locale: Locale): Promise<MenuEntry[]> {
  const sectionOnline = exists(
    db
      .select({ one: sql`1` })
      .from(articles)
      .where(and(eq(articles.sectionId, menuItems.sectionId), eq(articles.locale, locale), isVisible())),
  );
  const tagOnline = exists(
    db
      .select({ one: sql`1` })
      .from(articleTags)
      .innerJoin(articles, eq(articles.id, articleTags.articleId))
      .where(and(eq(articleTags.tagId, menuItems.tagId), isVisible())),
  );
  const rows = await db
    .select({
      id: menuItems.id,
      menu: menuItems.menu,
      target: menuItems.target,
      label: menuItems.label,
      url: menuItems.url,
      sectionId: menuItems.sectionId,
      sectionName: sectionTranslations.name,
      sectionSlug: sectionTranslations.slug,
      pageTitle: articles.title,
      pageSlug: articles.slug,
      pageOnline: sql<boolean>`coalesce(${isVisible(undefined, 'page')}, false)`,
      tagName: tags.name,
      tagSlug: tags.slug,
      sectionOnline: sql<boolean>`${menuItems.target} = 'section' and ${sectionOnline}`,
      tagOnline: sql<boolean>`${menuItems.target} = 'tag' and ${tagOnline}`,
    })
    .from(menuItems)
    .leftJoin(
      sectionTranslations,
      and(eq(sectionTranslations.sectionId, menuItems.sectionId), eq(sectionTranslations.locale, locale)),
    )
    .leftJoin(articles, and(eq(articles.id, menuItems.pageId), eq(articles.locale, locale)))
    .leftJoin(tags, and(eq(tags.id, menuItems.tagId), eq(tags.locale, locale)))
    .where(eq(menuItems.locale, locale))
    .orderBy(asc(menuItems.menu), asc(menuItems.position), asc(menuItems.id));
  return rows.map((r): MenuEntry => {
    const base = { id: r.id, menu: r.menu, target: r.target, sectionId: r.target === 'section' ? r.sectionId : null };
    switch (r.target) {
      case 'section':
        return {
          ...base,
          label: r.label || r.sectionName || '',
          targetName: r.sectionName ?? '',
          href: r.sectionSlug ? routes.section(locale, r.sectionSlug) : null,
          online: Boolean(r.sectionSlug && r.sectionOnline),
        };
      case 'page':
        return {
          ...base,
          label: r.label || r.pageTitle || '',
          targetName: r.pageTitle ?? '',
          href: r.pageSlug ? routes.page(locale, r.pageSlug) : null,
          online: Boolean(r.pageSlug && r.pageOnline),
        };
      case 'tag':
        return {
          ...base,
          label: r.label || r.tagName || '',
          targetName: r.tagName ?? '',
          href: r.tagSlug ? routes.tag(locale, r.tagSlug) : null,
          online: Boolean(r.tagSlug && r.tagOnline),
        };
      case 'link':
        return { ...base, label: r.label, targetName: r.url, href: r.url, online: true };
    }
  });
}

/** A menu as readers see it: the links whose target readers can open, in order. */
export async function loadMenu(db: Db, locale: Locale, menu: MenuName): Promise<MenuLink[]> {
  const entries = await listMenuEntries(db, locale);
  return entries
    .filter((e) => e.menu === menu && e.online && e.href && e.label)
    .map((e) => ({
      label: e.label,
      href: e.href!,
      external: e.target === 'link' && !e.href!.startsWith('/'),
      sectionId: e.sectionId,
    }));
}
