// Postgres enums, and the per-locale text shape several tables store.
import { pgEnum } from 'drizzle-orm/pg-core';
import { articleKinds } from '../../lib/articles/kind';
import { locales } from '../../lib/i18n/locales';

export const localeEnum = pgEnum('locale', locales);
export const userRoleEnum = pgEnum('user_role', ['admin', 'editor', 'author', 'moderator']);
export const articleStatusEnum = pgEnum('article_status', ['draft', 'pending', 'scheduled', 'published', 'archived']);
/** A story or a static page (lib/articles/kind.ts). */
export const articleKindEnum = pgEnum('article_kind', articleKinds);
export const commentStatusEnum = pgEnum('comment_status', ['pending', 'approved', 'spam', 'trash']);

/** Text that exists once per locale (names, alt text, bios). */
export type LocalizedText = Partial<Record<'en' | 'fr' | 'ar', string>>;
