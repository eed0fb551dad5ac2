// No `server-only` marker: scripts/user.ts and the first-admin start-up run these outside Next.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/connect';
import { users } from '@/db/schema';
import { recordAudit } from './audit/write';
import type { Actor } from './auth/actor';
import { hashPassword, MIN_PASSWORD_LENGTH } from './auth/password';
import { can, roles, type Role } from './auth/permissions';
import { locales, type Locale } from './i18n/config';
import { invalid, ok, refuse, type Ok, type Result } from './result';
import { slugify } from './slug';
import { fieldErrorsFromZod } from './validation';

/** A staff member as admin screens see it: never the password hash. */
export type StaffMember = {
  id: number;
  email: string;
  name: string;
  slug: string;
  role: Role;
  preferredLocale: Locale;
  disabled: boolean;
  createdAt: string;
};

/**
 * Who manages accounts: an administrator (`staff.manage`), or `null` for the command line
 * (scripts/user.ts, the first administrator at start-up), which has the server's own authority
 * and is recorded as nobody in the audit log.
 */
export type StaffActor = Actor | null;

const mayManage = (actor: StaffActor) => actor === null || can(actor.role, 'staff.manage');

const staffColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  slug: users.slug,
  role: users.role,
  preferredLocale: users.preferredLocale,
  disabledAt: users.disabledAt,
  createdAt: users.createdAt,
};

type StaffRow = Omit<StaffMember, 'disabled' | 'createdAt'> & { disabledAt: Date | null; createdAt: Date };

function toStaff(row: StaffRow): StaffMember {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    slug: row.slug,
    role: row.role,
    preferredLocale: row.preferredLocale,
    disabled: row.disabledAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

export const PASSWORD_MAX = 200;
export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH).max(PASSWORD_MAX);

/** The one definition of a new account; the staff screen and scripts/user.ts both send it here. */
export const staffInputSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  name: z.string().trim().min(1).max(120),
  role: z.enum(roles),
  password: passwordSchema,
  preferredLocale: z.enum(locales).default('en'),
});
export type StaffInput = z.input<typeof staffInputSchema>;

/** Why a staff write was refused; `invalid` carries codes per field (`email: 'taken'`, …). */
export type StaffRefusal = 'forbidden' | 'not-found' | 'last-admin' | 'invalid';

async function uniqueSlug(db: Db, name: string, email: string): Promise<string> {
  const base = slugify(name) || slugify(email.split('@')[0] ?? '') || 'staff';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.slug, candidate));
    if (!taken) return candidate;
  }
}

/** `input` is checked here against the one schema (a form's strings, or a script's values). */
export async function createStaff(
  db: Db,
  actor: StaffActor,
  input: StaffInput | Record<string, unknown>,
): Promise<Result<{ staff: StaffMember }, 'forbidden' | 'invalid'>> {
  if (!mayManage(actor)) return refuse('forbidden');
  const parsed = staffInputSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsFromZod(parsed.error));
  const data = parsed.data;
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${data.email}`);
  if (existing) return invalid({ email: 'taken' });
  const [row] = await db
    .insert(users)
    .values({
      email: data.email,
      name: data.name,
      slug: await uniqueSlug(db, data.name, data.email),
      role: data.role,
      preferredLocale: data.preferredLocale,
      passwordHash: await hashPassword(data.password),
    })
    .returning(staffColumns);
  await recordAudit(db, actor?.id ?? null, 'staff.create', 'user', row!.id, { email: data.email, role: data.role });
  return ok({ staff: toStaff(row!) });
}

/** Every account, by name, for those who manage them (an empty list otherwise). */
export async function listStaff(db: Db, actor: StaffActor): Promise<StaffMember[]> {
  if (!mayManage(actor)) return [];
  const rows = await db.select(staffColumns).from(users).orderBy(asc(users.name));
  return rows.map(toStaff);
}

async function findStaffById(db: Db, id: number): Promise<StaffMember | null> {
  const [row] = await db.select(staffColumns).from(users).where(eq(users.id, id));
  return row ? toStaff(row) : null;
}

/** True when another active administrator would remain without `id`. */
async function anotherAdmin(db: Db, id: number): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt), sql`${users.id} <> ${id}`));
  return (row?.n ?? 0) > 0;
}

export async function setStaffRole(
  db: Db,
  actor: StaffActor,
  id: number,
  role: Role,
): Promise<Result<{ staff: StaffMember }, 'forbidden' | 'not-found' | 'last-admin'>> {
  if (!mayManage(actor)) return refuse('forbidden');
  const current = await findStaffById(db, id);
  if (!current) return refuse('not-found');
  if (current.role === role) return ok({ staff: current });
  if (current.role === 'admin' && !(await anotherAdmin(db, id))) return refuse('last-admin');
  await db
    .update(users)
    .set({ role, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, id));
  await recordAudit(db, actor?.id ?? null, 'staff.role', 'user', id, { from: current.role, to: role });
  return ok({ staff: { ...current, role } });
}

export async function setStaffDisabled(
  db: Db,
  actor: StaffActor,
  id: number,
  disabled: boolean,
): Promise<Result<object, 'forbidden' | 'not-found' | 'last-admin'>> {
  if (!mayManage(actor)) return refuse('forbidden');
  const current = await findStaffById(db, id);
  if (!current) return refuse('not-found');
  if (disabled && current.role === 'admin' && !(await anotherAdmin(db, id))) return refuse('last-admin');
  await db
    .update(users)
    .set({
      disabledAt: disabled ? new Date() : null,
      sessionVersion: sql`${users.sessionVersion} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(users.id, id));
  await recordAudit(db, actor?.id ?? null, disabled ? 'staff.disable' : 'staff.enable', 'user', id, {
    email: current.email,
  });
  return ok();
}

export async function resetStaffPassword(
  db: Db,
  actor: StaffActor,
  id: number,
  password: string,
): Promise<Result<object, 'forbidden' | 'not-found' | 'invalid'>> {
  if (!mayManage(actor)) return refuse('forbidden');
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) return invalid(fieldErrorsFromZod(parsed.error, () => 'password'));
  const current = await findStaffById(db, id);
  if (!current) return refuse('not-found');
  await db
    .update(users)
    .set({
      passwordHash: await hashPassword(parsed.data),
      sessionVersion: sql`${users.sessionVersion} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(users.id, id));
  await recordAudit(db, actor?.id ?? null, 'staff.password', 'user', id, { email: current.email });
  return ok();
}

/** For signing in: the account with its hash (never shown to anyone). */
export async function findStaffByEmail(db: Db, email: string) {
  const [row] = await db
    .select({ ...staffColumns, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  return row ?? null;
}

/** What a session needs on every admin request: current role, and whether it is still valid. */
export async function getSessionStaff(db: Db, id: number) {
  const [row] = await db
    .select({ ...staffColumns, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, id));
  return row ? { ...toStaff(row), sessionVersion: row.sessionVersion } : null;
}

/** Each staff member chooses the admin's language for themselves, and only for themselves. */
export async function setPreferredLocale(db: Db, actor: Actor, locale: Locale): Promise<Ok> {
  await db.update(users).set({ preferredLocale: locale, updatedAt: new Date() }).where(eq(users.id, actor.id));
  return ok();
}
