import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/connect';
import { settings } from '@/db/schema';
import { recordAudit } from './audit/write';
import type { Actor } from './auth/actor';
import { can } from './auth/permissions';
import { cacheTags } from './cache-tags';
import { defaultCommentSettings, type CommentSettings } from './comments/rules';
import { invalid, ok, refuse, type Result } from './result';
import { fieldErrorsFromZod } from './validation';

/** Allowed ranges of the number settings (the settings form quotes them in its messages). */
export const commentSettingRanges = {
  closeAfterDays: { min: 1, max: 3650 },
  maxLinks: { min: 0, max: 50 },
  rateLimitCount: { min: 1, max: 1000 },
  rateLimitMinutes: { min: 1, max: 1440 },
  minFillSeconds: { min: 0, max: 120 },
} as const;

/** A number field: '' is missing (required), not 0. */
const count = ({ min, max }: { min: number; max: number }) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().int().min(min).max(max));

const list = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(/\r?\n/)
          .map((s) => s.trim())
          .filter(Boolean)
      : v,
  z.array(z.string().trim().min(1).max(200)).max(500),
);

export const commentSettingsSchema = z.object({
  closeAfterDays: z.preprocess(
    (v) => (v === '' || v === null ? null : Number(v)),
    z
      .number()
      .int()
      .min(commentSettingRanges.closeAfterDays.min)
      .max(commentSettingRanges.closeAfterDays.max)
      .nullable(),
  ),
  maxLinks: count(commentSettingRanges.maxLinks),
  blockedWords: list,
  blockedAddresses: list,
  autoApproveKnown: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()),
  rateLimitCount: count(commentSettingRanges.rateLimitCount),
  rateLimitMinutes: count(commentSettingRanges.rateLimitMinutes),
  minFillSeconds: count(commentSettingRanges.minFillSeconds),
});

/**
 * The rules as the comment path applies them, for every reader: no actor, no authorization.
 * Staff screens read them with `getCommentSettings`.
 */
export async function readCommentSettings(db: Db): Promise<CommentSettings> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, 'comments'));
  const parsed = commentSettingsSchema.partial().safeParse(row?.value ?? {});
  return { ...defaultCommentSettings, ...(parsed.success ? parsed.data : {}) } as CommentSettings;
}

/** The rules for the settings screen; null for whoever may not manage them. */
export async function getCommentSettings(db: Db, actor: Actor): Promise<CommentSettings | null> {
  return can(actor.role, 'settings.manage') ? readCommentSettings(db) : null;
}

/**
 * Saves the rules. Field errors are keyed by the schema path (`blockedWords.3` for a list
 * entry, counted without blank lines).
 */
export async function updateCommentSettings(
  db: Db,
  actor: Actor,
  raw: unknown,
): Promise<Result<{ settings: CommentSettings; invalidate: string[] }, 'forbidden' | 'invalid'>> {
  if (!can(actor.role, 'settings.manage')) return refuse('forbidden');
  const parsed = commentSettingsSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsFromZod(parsed.error));
  const before = await readCommentSettings(db);
  await db
    .insert(settings)
    .values({ key: 'comments', value: parsed.data, updatedBy: actor.id, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value: parsed.data, updatedBy: actor.id, updatedAt: new Date() },
    });
  await recordAudit(db, actor.id, 'setting.update', 'setting', 'comments', { before, after: parsed.data });
  return ok({ settings: parsed.data as CommentSettings, invalidate: [cacheTags.settings] });
}

/** What the feeds carry: each story's whole body (default) or only its standfirst. */
export const feedSettingsSchema = z.object({ content: z.enum(['full', 'excerpt']) });
export type FeedSettings = z.infer<typeof feedSettingsSchema>;
export const defaultFeedSettings: FeedSettings = { content: 'full' };

/** The feed settings as the feeds apply them, for every reader. */
export async function readFeedSettings(db: Db): Promise<FeedSettings> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, 'feeds'));
  const parsed = feedSettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : defaultFeedSettings;
}

/** The feed settings for the settings screen; null for whoever may not manage them. */
export async function getFeedSettings(db: Db, actor: Actor): Promise<FeedSettings | null> {
  return can(actor.role, 'settings.manage') ? readFeedSettings(db) : null;
}

export async function updateFeedSettings(
  db: Db,
  actor: Actor,
  raw: unknown,
): Promise<Result<{ settings: FeedSettings; invalidate: string[] }, 'forbidden' | 'invalid'>> {
  if (!can(actor.role, 'settings.manage')) return refuse('forbidden');
  const parsed = feedSettingsSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsFromZod(parsed.error));
  const before = await readFeedSettings(db);
  const now = new Date();
  await db
    .insert(settings)
    .values({ key: 'feeds', value: parsed.data, updatedBy: actor.id, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value: parsed.data, updatedBy: actor.id, updatedAt: now } });
  await recordAudit(db, actor.id, 'setting.update', 'setting', 'feeds', { before, after: parsed.data });
  return ok({ settings: parsed.data, invalidate: [cacheTags.settings] });
}
