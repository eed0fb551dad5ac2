/** The menus a language has, and what an item may point at. Pure: forms and the server share it. */
export const menuNames = ['header', 'footer'] as const;
export type MenuName = (typeof menuNames)[number];

export const menuTargets = ['section', 'page', 'tag', 'link'] as const;
export type MenuTarget = (typeof menuTargets)[number];

/** Enough for a header row and a footer; more is a sitemap, not a menu. */
export const MAX_MENU_ITEMS = 20;
export const MAX_MENU_LABEL = 60;
export const MAX_MENU_URL = 500;
