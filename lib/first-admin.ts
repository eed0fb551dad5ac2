// No `server-only` marker: scripts/seed.ts (run by `npm start`) imports this outside Next.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/connect';
import { users } from '@/db/schema';
import { generatePassword } from './auth/password';
import { createStaff } from './staff';

/** Development only: production takes the first admin's address from ADMIN_EMAIL. */
export const FIRST_ADMIN_EMAIL = 'admin@maydan.local';
export const FIRST_ADMIN_NAME = 'Administrator';

type Env = Record<string, string | undefined>;

/** Demo content on `npm start`: outside production, or in production when MAYDAN_DEMO=1. */
export function demoContentWanted(env: Env = process.env): boolean {
  return env.NODE_ENV !== 'production' || env.MAYDAN_DEMO === '1';
}

export class FirstAdminConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FirstAdminConfigError';
  }
}

const adminEmail = z.string().trim().toLowerCase().email().max(254);

/**
 * The first admin's address: ADMIN_EMAIL when set (validated). Without it, the development
 * default outside production, and null in production: a fixed, published address there would
 * tell attackers which account to aim at, so production must name its own.
 */
export function firstAdminEmail(env: Env = process.env): string | null {
  const configured = env.ADMIN_EMAIL;
  if (configured !== undefined && configured.trim() !== '') {
    const parsed = adminEmail.safeParse(configured);
    if (!parsed.success) throw new FirstAdminConfigError('ADMIN_EMAIL is not a valid email address.');
    return parsed.data;
  }
  return env.NODE_ENV === 'production' ? null : FIRST_ADMIN_EMAIL;
}

/**
 * On a database without an active administrator, creates one with a random password and
 * returns its credentials (to be shown once); otherwise returns null. There is no default
 * password: each installation gets its own. `email` null (production without ADMIN_EMAIL) is
 * refused only when an administrator must actually be created.
 */
export async function ensureFirstAdmin(
  db: Db,
  email: string | null = FIRST_ADMIN_EMAIL,
): Promise<{ email: string; password: string } | null> {
  return db.transaction(async (tx) => {
    // Two servers starting at once on one PostgreSQL must not both create an admin.
    await tx.execute(sql`select pg_advisory_xact_lock(7240117)`);
    const [admin] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'admin'), isNull(users.disabledAt)))
      .limit(1);
    if (admin) return null;
    if (email === null) {
      throw new FirstAdminConfigError(
        'The database has no administrator: set ADMIN_EMAIL to the address of the first administrator (required with NODE_ENV=production).',
      );
    }
    const address =
      email === FIRST_ADMIN_EMAIL
        ? await freeEmail(tx as unknown as Db)
        : await unusedEmail(tx as unknown as Db, email);
    const password = generatePassword();
    const created = await createStaff(tx as unknown as Db, null, {
      email: address,
      name: FIRST_ADMIN_NAME,
      role: 'admin',
      password,
      preferredLocale: 'en',
    });
    if (!created.ok)
      throw new FirstAdminConfigError(`The first administrator could not be created (${created.reason}).`);
    return { email: address, password };
  });
}

async function isTaken(db: Db, email: string): Promise<boolean> {
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`);
  return Boolean(taken);
}

/** An address someone chose is never silently changed: an existing account there is an error. */
async function unusedEmail(db: Db, email: string): Promise<string> {
  if (await isTaken(db, email)) {
    throw new FirstAdminConfigError(
      'ADMIN_EMAIL belongs to an existing account that is not an active administrator: promote it with `npm run user -- set-role --email <ADMIN_EMAIL> --role admin`.',
    );
  }
  return email;
}

/** admin@maydan.local, or admin-2@… when that address already belongs to a non-admin. */
async function freeEmail(db: Db): Promise<string> {
  for (let n = 1; ; n++) {
    const email = n === 1 ? FIRST_ADMIN_EMAIL : FIRST_ADMIN_EMAIL.replace('@', `-${n}@`);
    if (!(await isTaken(db, email))) return email;
  }
}
