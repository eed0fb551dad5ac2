import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/connect';
import { staffDisplayNames, users, type LocalizedText, type MediaRef } from '@/db/schema';
import { recordAudit } from './audit/write';
import type { Actor } from './auth/actor';
import { canEditStaffNames } from './auth/permissions';
import { cacheTags } from './cache-tags';
import { locales, type Locale } from './i18n/config';
import { invalid, ok, refuse, type Result } from './result';
import { mediaRefSchema } from './media/ref';
import { fieldErrorsFromZod } from './validation';

/**
 * A staff member's public profile: a short biography per language, links to their profiles
 * elsewhere and a photo. Readers see it on the author page and at the end of each story the person signs.
 * Everyone edits their own; admins anyone's (the same rule as names, canEditStaffNames).
 */
export type StaffProfile = { bio: LocalizedText; social: string[]; photo: MediaRef | null };

export const profileLimits = { bio: 600, social: 6, url: 300 } as const;

const bioText = z
  .string()
  .transform((s) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ''))
  .pipe(z.string().trim().max(profileLimits.bio));

export const profileSchema = z.object({
  bio: z.object(
    Object.fromEntries(locales.map((l) => [l, bioText.default('')])) as Record<Locale, z.ZodDefault<typeof bioText>>,
  ),
  social: z
    .array(z.url({ protocol: /^https$/, hostname: z.regexes.domain }).max(profileLimits.url))
    .max(profileLimits.social),
  photo: mediaRefSchema.nullable().default(null),
});

/**
 * The profile form's values: `bio.en`, `bio.fr`, `bio.ar`, `social` (one address per line), and
 * the photo's media id (`photo`) and address to show it (`photo.src`).
 */
export function profileFormValues(profile: StaffProfile): Record<string, string> {
  const values: Record<string, string> = {
    social: profile.social.join('\n'),
    photo: profile.photo ? String(profile.photo.id) : '',
    'photo.src': profile.photo?.src ?? '',
  };
  for (const l of locales) values[`bio.${l}`] = profile.bio[l] ?? '';
  return values;
}

async function readProfile(db: Pick<Db, 'select'>, staffId: number): Promise<StaffProfile | null> {
  const [row] = await db
    .select({ bio: users.bio, social: users.social, photo: users.photo })
    .from(users)
    .where(eq(users.id, staffId));
  return row ? { bio: row.bio, social: row.social, photo: row.photo ?? null } : null;
}

/** The profile for its form; null for whoever may not edit it. */
export async function getStaffProfile(db: Db, actor: Actor, staffId: number): Promise<StaffProfile | null> {
  if (!canEditStaffNames(actor, staffId)) return null;
  return readProfile(db, staffId);
}

/**
 * The name a staff member's photo is described by, in each language: their name as readers of
 * that language see it.
 */
export async function staffPhotoAlt(db: Db, staffId: number): Promise<LocalizedText> {
  const [user] = await db.select({ name: users.name }).from(users).where(eq(users.id, staffId));
  const shown = await db
    .select({ locale: staffDisplayNames.locale, name: staffDisplayNames.name })
    .from(staffDisplayNames)
    .where(eq(staffDisplayNames.userId, staffId));
  const alt: LocalizedText = {};
  for (const l of locales) alt[l] = shown.find((s) => s.locale === l)?.name ?? user?.name ?? '';
  return alt;
}

/**
 * Saves the biography per language (empty: none in that language), the profile links and the
 * photo (a reference resolved from the media table, lib/media/ref.ts). Field
 * errors are keyed `bio.ar`, `social.2` (counted without blank lines). Answers the reader cache
 * tags to expire: the person's stories and author pages.
 */
export async function updateStaffProfile(
  db: Db,
  actor: Actor,
  staffId: number,
  raw: unknown,
): Promise<Result<{ profile: StaffProfile; invalidate: string[] }, 'forbidden' | 'not-found' | 'invalid'>> {
  if (!canEditStaffNames(actor, staffId)) return refuse('forbidden');
  const parsed = profileSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsFromZod(parsed.error));
  const bio: LocalizedText = {};
  for (const l of locales) if (parsed.data.bio[l]) bio[l] = parsed.data.bio[l];
  const profile: StaffProfile = { bio, social: parsed.data.social, photo: parsed.data.photo };
  const before = await readProfile(db, staffId);
  if (!before) return refuse('not-found');
  await db
    .update(users)
    .set({ bio, social: profile.social, photo: profile.photo, updatedAt: new Date() })
    .where(eq(users.id, staffId));
  await recordAudit(db, actor.id, 'staff.profile', 'user', staffId, { before, after: profile });
  return ok({ profile, invalidate: [cacheTags.author(staffId), cacheTags.authors] });
}
