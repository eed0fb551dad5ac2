// The Drizzle schema (drizzle.config.ts points here), split by concern under db/schema/.
export * from './schema/enums';
export * from './schema/staff';
export * from './schema/content';
export * from './schema/comments';
export * from './schema/site';
export * from './schema/analytics';
export * from './schema/menus';
