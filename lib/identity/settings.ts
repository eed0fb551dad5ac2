import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/connect';
import { settings } from '@/db/schema';
import { recordAudit } from '../audit/write';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import { cacheTags } from '../cache-tags';
import { locales, type Locale } from '../i18n/config';
import { invalid, ok, refuse, type Result } from '../result';
import { mediaRefSchema } from '../media/ref';
import { fieldErrorsFromZod } from '../validation';
import { defaultIdentity, type Identity } from './identity';

/** How long each part may be (the form quotes these in its messages). */
export const identityLimits = { name: 80, tagline: 200, footer: 1000, email: 254, social: 10, url: 300 } as const;

/** Line breaks stay (the footer keeps them); other control characters go. */
const plain = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ''))
    .pipe(z.string().trim().max(max));
const oneLine = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/[\u0000-\u001f\u007f]+/g, ' '))
    .pipe(z.string().trim().max(max));

const perLocale = <T extends z.ZodType>(field: T) =>
  z.object(Object.fromEntries(locales.map((l) => [l, field])) as Record<Locale, T>);

export const identitySchema = z.object({
  name: perLocale(oneLine(identityLimits.name).pipe(z.string().min(1))),
  tagline: perLocale(oneLine(identityLimits.tagline)),
  footer: perLocale(plain(identityLimits.footer)),
  contactEmail: z.union([z.literal(''), z.email().max(identityLimits.email)]),
  social: z
    .array(z.url({ protocol: /^https$/, hostname: z.regexes.domain }).max(identityLimits.url))
    .max(identityLimits.social),
  languageOrder: z
    .array(z.enum(locales))
    .length(locales.length)
    .refine((order) => new Set(order).size === order.length, { message: 'duplicate' }),
  // Saved before images existed: none.
  logoLight: mediaRefSchema.nullable().default(null),
  logoDark: mediaRefSchema.nullable().default(null),
  shareImage: mediaRefSchema.nullable().default(null),
});

/** The identity as readers see it: what an admin saved, over the defaults for anything missing. */
export async function readIdentity(db: Db): Promise<Identity> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, 'identity'));
  const defaults = defaultIdentity();
  const parsed = identitySchema.safeParse(row?.value);
  if (!parsed.success) return defaults;
  const saved = parsed.data;
  return {
    ...saved,
    // A language added after the last save gets the defaults until it is filled in.
    name: { ...defaults.name, ...saved.name },
    tagline: { ...defaults.tagline, ...saved.tagline },
    footer: { ...defaults.footer, ...saved.footer },
  };
}

/** The identity for the settings screen; null for whoever may not manage it (admins only). */
export async function getIdentitySettings(db: Db, actor: Actor): Promise<Identity | null> {
  return can(actor.role, 'settings.manage') ? readIdentity(db) : null;
}

/**
 * Saves the identity (admins only). Field errors are keyed by the schema path: `name.ar`,
 * `social.2` (counted without blank lines), `languageOrder`.
 */
export async function updateIdentity(
  db: Db,
  actor: Actor,
  raw: unknown,
): Promise<Result<{ identity: Identity; invalidate: string[] }, 'forbidden' | 'invalid'>> {
  if (!can(actor.role, 'settings.manage')) return refuse('forbidden');
  const parsed = identitySchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsFromZod(parsed.error));
  const before = await readIdentity(db);
  const now = new Date();
  await db
    .insert(settings)
    .values({ key: 'identity', value: parsed.data, updatedBy: actor.id, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value: parsed.data, updatedBy: actor.id, updatedAt: now } });
  await recordAudit(db, actor.id, 'setting.update', 'setting', 'identity', { before, after: parsed.data });
  return ok({ identity: parsed.data, invalidate: [cacheTags.identity] });
}
