import crypto from 'node:crypto';
import { and, count, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { knownSignInAddresses, loginAttempts } from '@/db/schema';

/**
 * Brute-force protection that strangers cannot turn into a lock-out:
 * - per (account, address): at most PAIR_LIMIT failures since that pair's last success within
 *   the window, then that address is refused for that account;
 * - per address: at most ADDRESS_LIMIT failures over all accounts within the window, except for
 *   an account that has signed in from this address before;
 * - per account: never refused; from addresses it has not signed in from, each attempt waits a
 *   growing delay (capped at a few seconds) once the account has had several failures.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const PAIR_LIMIT = 5;
export const ADDRESS_LIMIT = 20;
export const ACCOUNT_FREE_FAILURES = 3;
export const ACCOUNT_DELAY_BASE_MS = 250;
export const ACCOUNT_DELAY_MAX_MS = 4000;
export const KNOWN_ADDRESS_TTL_MS = 90 * 24 * 60 * 60 * 1000;
const ATTEMPT_TTL_MS = 24 * 60 * 60 * 1000;
// First half of the two-key advisory lock: keeps these locks apart from any other use.
const LOCK_NAMESPACE = 0x4d_59_44_4c; // "MYDL"

/** IPs are kept only as a keyed hash: enough to count attempts, useless if the table leaks. */
export function hashIp(ip: string, secret = process.env.AUTH_SECRET ?? ''): string {
  return crypto.createHmac('sha256', `ip:${secret}`).update(ip).digest('hex').slice(0, 32);
}

/** The remembered (account, address) pair, as a keyed hash of both. */
export function knownAddressKey(email: string, ipHash: string, secret = process.env.AUTH_SECRET ?? ''): string {
  return crypto.createHmac('sha256', `known:${secret}`).update(`${email}\n${ipHash}`).digest('hex').slice(0, 40);
}

/** The wait before checking the password, from the account's recent failures (0 for the first few). */
export function accountDelayMs(accountFailures: number): number {
  if (accountFailures < ACCOUNT_FREE_FAILURES) return 0;
  return Math.min(ACCOUNT_DELAY_MAX_MS, ACCOUNT_DELAY_BASE_MS * 2 ** (accountFailures - ACCOUNT_FREE_FAILURES));
}

export type Reservation =
  | { ok: true; attemptId: number; delayMs: number; knownAddress: boolean }
  | { ok: false; reason: 'pair-limit' | 'address-limit' };

/**
 * Checks the limits and, when the attempt may go ahead, records it as a failure — in one
 * transaction under an advisory lock on the address, so parallel attempts from one address
 * (on any app instance) are counted one after the other and never exceed the limits. The
 * caller turns the row into a success with `recordLoginSuccess` when the password is right.
 */
export async function reserveLoginAttempt(
  db: Db,
  email: string,
  ipHash: string,
  now = new Date(),
): Promise<Reservation> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const key = knownAddressKey(email, ipHash);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_NAMESPACE}::int, ${lockKey(ipHash)}::int)`);
    const [known] = await tx
      .select({ lastSuccessAt: knownSignInAddresses.lastSuccessAt })
      .from(knownSignInAddresses)
      .where(
        and(
          eq(knownSignInAddresses.key, key),
          gt(knownSignInAddresses.lastSuccessAt, new Date(now.getTime() - KNOWN_ADDRESS_TTL_MS)),
        ),
      );
    // A success from this address resets its count for this account.
    const pairSince = known && known.lastSuccessAt > since ? known.lastSuccessAt : since;
    const [fromAddress] = await tx
      .select({
        pair: sql<number>`count(*) filter (where ${loginAttempts.email} = ${email} and ${loginAttempts.createdAt} > ${pairSince.toISOString()}::timestamptz)::int`,
        address: sql<number>`count(*)::int`,
      })
      .from(loginAttempts)
      .where(
        and(eq(loginAttempts.ipHash, ipHash), eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, since)),
      );
    if ((fromAddress?.pair ?? 0) >= PAIR_LIMIT) return { ok: false, reason: 'pair-limit' } as const;
    if (!known && (fromAddress?.address ?? 0) >= ADDRESS_LIMIT) return { ok: false, reason: 'address-limit' } as const;
    let delayMs = 0;
    if (!known) {
      const [forAccount] = await tx
        .select({ n: count() })
        .from(loginAttempts)
        .where(
          and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, since)),
        );
      delayMs = accountDelayMs(forAccount?.n ?? 0);
    }
    const [row] = await tx
      .insert(loginAttempts)
      .values({ email, ipHash, succeeded: false, createdAt: now })
      .returning({ id: loginAttempts.id });
    return { ok: true, attemptId: row!.id, delayMs, knownAddress: Boolean(known) } as const;
  });
}

/** The reserved attempt succeeded: it stops counting as a failure and the address becomes known. */
export async function recordLoginSuccess(db: Db, attemptId: number, email: string, ipHash: string, now = new Date()) {
  await db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attemptId));
  await db
    .insert(knownSignInAddresses)
    .values({ key: knownAddressKey(email, ipHash), lastSuccessAt: now })
    .onConflictDoUpdate({ target: knownSignInAddresses.key, set: { lastSuccessAt: now } });
}

/** Keeps the tables small: old attempts and long-unused known addresses serve no purpose. */
export async function pruneLoginRecords(db: Db, now = new Date()) {
  await db.delete(loginAttempts).where(lt(loginAttempts.createdAt, new Date(now.getTime() - ATTEMPT_TTL_MS)));
  await db
    .delete(knownSignInAddresses)
    .where(lt(knownSignInAddresses.lastSuccessAt, new Date(now.getTime() - KNOWN_ADDRESS_TTL_MS)));
}

function lockKey(ipHash: string): number {
  return Number.parseInt(ipHash.slice(0, 8), 16) | 0;
}
