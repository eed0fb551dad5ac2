import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/connect';
import { settings } from '@/db/schema';
import { recordAudit } from './audit/write';
import { defaultCommentSettings, type CommentSettings } from './comments/rules';

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

export async function getCommentSettings(db: Db): Promise<CommentSettings> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, 'comments'));
  const parsed = commentSettingsSchema.partial().safeParse(row?.value ?? {});
  return { ...defaultCommentSettings, ...(parsed.success ? parsed.data : {}) } as CommentSettings;
}

export async function updateCommentSettings(db: Db, actorId: number, raw: unknown) {
  const parsed = commentSettingsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false as const, error: parsed.error };
  const before = await getCommentSettings(db);
  await db
    .insert(settings)
    .values({ key: 'comments', value: parsed.data, updatedBy: actorId, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value: parsed.data, updatedBy: actorId, updatedAt: new Date() },
    });
  await recordAudit(db, actorId, 'setting.update', 'setting', 'comments', { before, after: parsed.data });
  return { ok: true as const, settings: parsed.data as CommentSettings };
}
