// The header and footer menus of each language (lib/menus).
import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { menuNames, menuTargets } from '../../lib/menus/kinds';
import { articles, sections, tags } from './content';
import { localeEnum } from './enums';

export const menuNameEnum = pgEnum('menu_name', menuNames);
export const menuTargetEnum = pgEnum('menu_target', menuTargets);

/**
 * One link of a menu, in the order editors set. It points at a section, a static page or a tag
 * (followed when renamed, gone when deleted) or at any https address; `label` replaces the
 * target's own name when written, and is the name of an external link.
 */
export const menuItems = pgTable(
  'menu_items',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    locale: localeEnum('locale').notNull(),
    menu: menuNameEnum('menu').notNull(),
    position: integer('position').notNull(),
    target: menuTargetEnum('target').notNull(),
    sectionId: integer('section_id').references(() => sections.id, { onDelete: 'cascade' }),
    pageId: integer('page_id').references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id').references(() => tags.id, { onDelete: 'cascade' }),
    url: text('url').notNull().default(''),
    label: text('label').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('menu_items_menu').on(t.locale, t.menu, t.position),
    check(
      'menu_items_one_target',
      sql`(${t.target} = 'section') = (${t.sectionId} is not null)
        and (${t.target} = 'page') = (${t.pageId} is not null)
        and (${t.target} = 'tag') = (${t.tagId} is not null)
        and (${t.target} = 'link') = (${t.url} <> '' and ${t.label} <> '')`,
    ),
  ],
);
