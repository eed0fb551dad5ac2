// No `server-only` marker: scripts/seed.ts (run by `npm start`) imports this outside Next.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { users } from '@/db/schema';
import { generatePassword } from './auth/password';
import { createStaff } from './staff';

export const FIRST_ADMIN_EMAIL = 'admin@maydan.local';
export const FIRST_ADMIN_NAME = 'Administrator';

/**
 * On a database without an active administrator, creates one with a random password and
 * returns its credentials (to be shown once); otherwise returns null. There is no default
 * password: each installation gets its own.
 */
export async function ensureFirstAdmin(db: Db): Promise<{ email: string; password: string } | null> {
  return db.transaction(async (tx) => {
    // Two servers starting at once on one PostgreSQL must not both create an admin.
    await tx.execute(sql`select pg_advisory_xact_lock(7240117)`);
    const [admin] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'admin'), isNull(users.disabledAt)))
      .limit(1);
    if (admin) return null;
    const email = await freeEmail(tx as unknown as Db);
    const password = generatePassword();
    await createStaff(tx as unknown as Db, null, { email, name: FIRST_ADMIN_NAME, role: 'admin', password, preferredLocale: 'en' });
    return { email, password };
  });
}

/** admin@maydan.local, or admin-2@… when that address already belongs to a non-admin. */
async function freeEmail(db: Db): Promise<string> {
  for (let n = 1; ; n++) {
    const email = n === 1 ? FIRST_ADMIN_EMAIL : FIRST_ADMIN_EMAIL.replace('@', `-${n}@`);
    const [taken] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`);
    if (!taken) return email;
  }
}
