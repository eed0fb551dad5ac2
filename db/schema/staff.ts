// Staff accounts, their names per language, and how they sign in.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { localeEnum, userRoleEnum, type LocalizedText } from './enums';
import { timestamps } from './columns';
import type { MediaRef } from './content';

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** Public author-page slug (ASCII or Unicode, unique). */
    slug: text('slug').notNull(),
    /** A short public biography per language (author page, end of each story; lib/staff-profile.ts). */
    bio: jsonb('bio').$type<LocalizedText>().notNull().default({}),
    /** Public profiles elsewhere (https addresses), in the order shown. */
    social: jsonb('social').$type<string[]>().notNull().default([]),
    /** The author's photo (an upload, lib/media/ref.ts), on the author page and at the end of stories. */
    photo: jsonb('photo').$type<MediaRef | null>(),
    role: userRoleEnum('role').notNull(),
    passwordHash: text('password_hash'),
    preferredLocale: localeEnum('preferred_locale').notNull().default('en'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Bumped on password reset, role change or disable: older sessions stop working. */
    sessionVersion: integer('session_version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_email_unique').on(sql`lower(${t.email})`), uniqueIndex('users_slug_unique').on(t.slug)],
);

/**
 * A staff member's name as readers of one language see it (bylines, author pages). Without a
 * row for a locale, readers see `users.name`.
 */
export const staffDisplayNames = pgTable(
  'staff_display_names',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    locale: localeEnum('locale').notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.locale] })],
);

/** Sign-in attempts, for throttling by account and by IP across app instances. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    email: text('email').notNull(),
    ipHash: text('ip_hash').notNull(),
    succeeded: boolean('succeeded').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_email').on(t.email, t.createdAt), index('login_attempts_ip').on(t.ipHash, t.createdAt)],
);

/**
 * Addresses an account has signed in from, as a keyed hash of (account, address): failures by
 * others (from other addresses on this account, or on other accounts from this address) never
 * slow down or refuse a sign-in from here. Forgotten 90 days after the last success.
 */
export const knownSignInAddresses = pgTable(
  'known_sign_in_addresses',
  {
    key: text('key').primaryKey(),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('known_sign_in_addresses_last_success').on(t.lastSuccessAt)],
);

/**
 * One row per signed-in staff session (the `sid` inside the session JWT). Signing out deletes
 * the row, so a copied cookie stops working; rows idle longer than a session's lifetime are
 * pruned.
 */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('staff_sessions_user').on(t.userId), index('staff_sessions_last_seen').on(t.lastSeenAt)],
);
