// Postgres enums, and the per-locale text shape several tables store.
import { pgEnum } from 'drizzle-orm/pg-core';

export const localeEnum = pgEnum('locale', ['en', 'fr', 'ar']);
export const userRoleEnum = pgEnum('user_role', ['admin', 'editor', 'author', 'moderator']);
export const articleStatusEnum = pgEnum('article_status', ['draft', 'pending', 'scheduled', 'published', 'archived']);
export const commentStatusEnum = pgEnum('comment_status', ['pending', 'approved', 'spam', 'trash']);

/** Text that exists once per locale (names, alt text, bios). */
export type LocalizedText = Partial<Record<'en' | 'fr' | 'ar', string>>;
