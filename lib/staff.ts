import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/connect';
import { users } from '@/db/schema';
import { recordAudit } from './audit';
import { hashPassword, MIN_PASSWORD_LENGTH } from './auth/password';
import { roles, type Role } from './auth/permissions';
import { locales, type Locale } from './i18n/config';
import { slugify } from './slug';

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

type StaffRow = {
  id: number;
  email: string;
  name: string;
  slug: string;
  role: Role;
  preferredLocale: Locale;
  disabledAt: Date | null;
  createdAt: Date;
};

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

export const staffInputSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  name: z.string().trim().min(1).max(120),
  role: z.enum(roles),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
  preferredLocale: z.enum(locales).default('en'),
});
export type StaffInput = z.input<typeof staffInputSchema>;

export class StaffError extends Error {
  constructor(readonly code: 'email-taken' | 'not-found' | 'last-admin') {
    super(code);
  }
}

async function uniqueSlug(db: Db, name: string, email: string): Promise<string> {
  const base = slugify(name) || slugify(email.split('@')[0] ?? '') || 'staff';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.slug, candidate));
    if (!taken) return candidate;
  }
}

export async function createStaff(db: Db, actorId: number | null, input: StaffInput): Promise<StaffMember> {
  const data = staffInputSchema.parse(input);
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${data.email}`);
  if (existing) throw new StaffError('email-taken');
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
  await recordAudit(db, actorId, 'staff.create', 'user', row!.id, { email: data.email, role: data.role });
  return toStaff(row!);
}

export async function listStaff(db: Db): Promise<StaffMember[]> {
  const rows = await db.select(staffColumns).from(users).orderBy(asc(users.name));
  return rows.map(toStaff);
}

export async function getStaffById(db: Db, id: number): Promise<StaffMember | null> {
  const [row] = await db.select(staffColumns).from(users).where(eq(users.id, id));
  return row ? toStaff(row) : null;
}

async function assertNotLastAdmin(db: Db, id: number) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt), sql`${users.id} <> ${id}`));
  if ((row?.n ?? 0) === 0) throw new StaffError('last-admin');
}

export async function setStaffRole(db: Db, actorId: number | null, id: number, role: Role) {
  const current = await getStaffById(db, id);
  if (!current) throw new StaffError('not-found');
  if (current.role === role) return current;
  if (current.role === 'admin') await assertNotLastAdmin(db, id);
  await db
    .update(users)
    .set({ role, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, id));
  await recordAudit(db, actorId, 'staff.role', 'user', id, { from: current.role, to: role });
  return { ...current, role };
}

export async function setStaffDisabled(db: Db, actorId: number | null, id: number, disabled: boolean) {
  const current = await getStaffById(db, id);
  if (!current) throw new StaffError('not-found');
  if (disabled && current.role === 'admin') await assertNotLastAdmin(db, id);
  await db
    .update(users)
    .set({
      disabledAt: disabled ? new Date() : null,
      sessionVersion: sql`${users.sessionVersion} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(users.id, id));
  await recordAudit(db, actorId, disabled ? 'staff.disable' : 'staff.enable', 'user', id, { email: current.email });
}

export async function resetStaffPassword(db: Db, actorId: number | null, id: number, password: string) {
  const parsed = z.string().min(MIN_PASSWORD_LENGTH).max(200).parse(password);
  const current = await getStaffById(db, id);
  if (!current) throw new StaffError('not-found');
  await db
    .update(users)
    .set({
      passwordHash: await hashPassword(parsed),
      sessionVersion: sql`${users.sessionVersion} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(users.id, id));
  await recordAudit(db, actorId, 'staff.password', 'user', id, { email: current.email });
}

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

export async function setPreferredLocale(db: Db, id: number, locale: Locale) {
  await db.update(users).set({ preferredLocale: locale, updatedAt: new Date() }).where(eq(users.id, id));
}
