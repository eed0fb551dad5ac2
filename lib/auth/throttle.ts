import crypto from 'node:crypto';
import { and, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { loginAttempts } from '@/db/schema';

export const MAX_FAILED_ATTEMPTS = 5;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

/** IPs are kept only as a keyed hash: enough to count attempts, useless if the table leaks. */
export function hashIp(ip: string, secret = process.env.AUTH_SECRET ?? ''): string {
  return crypto.createHmac('sha256', `ip:${secret}`).update(ip).digest('hex').slice(0, 32);
}

/** True when the account or the address had 5 failures in the last 15 minutes. */
export async function isLoginThrottled(db: Db, email: string, ipHash: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [row] = await db
    .select({
      byEmail: sql<number>`count(*) filter (where ${loginAttempts.email} = ${email})::int`,
      byIp: sql<number>`count(*) filter (where ${loginAttempts.ipHash} = ${ipHash})::int`,
    })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, since), or(eq(loginAttempts.email, email), eq(loginAttempts.ipHash, ipHash))));
  return (row?.byEmail ?? 0) >= MAX_FAILED_ATTEMPTS || (row?.byIp ?? 0) >= MAX_FAILED_ATTEMPTS;
}

export async function recordLoginAttempt(db: Db, email: string, ipHash: string, succeeded: boolean, now = new Date()) {
  await db.insert(loginAttempts).values({ email, ipHash, succeeded, createdAt: now });
  // Keep the table small: attempts older than a day serve no purpose.
  if (Math.random() < 0.05) {
    await db.delete(loginAttempts).where(lt(loginAttempts.createdAt, new Date(now.getTime() - 86_400_000)));
  }
}
