import 'server-only';
import { lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { rateLimits } from '@/db/schema';
import { hashIp } from './auth/throttle';

export type RateLimit = { bucket: string; limit: number; windowSeconds: number };

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts one request from `ip` in a fixed window and says whether it is within the limit. The
 * counter lives in PostgreSQL (one upsert), so the limit holds across app instances; the address
 * is kept only as a keyed hash. A limit of 0 or less turns the check off.
 */
export async function takeRequest(db: Db, rule: RateLimit, ip: string, now = new Date()): Promise<RateDecision> {
  if (rule.limit <= 0) return { ok: true };
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ bucket: rule.bucket, key: hashIp(ip), windowStart, hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.bucket, rateLimits.key, rateLimits.windowStart],
      set: { hits: sql`${rateLimits.hits} + 1` },
    })
    .returning({ hits: rateLimits.hits });
  // Old windows are swept now and then by whoever passes: no job to run.
  if (Math.random() < 0.01) {
    await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(now.getTime() - 3600_000)));
  }
  if ((row?.hits ?? 0) <= rule.limit) return { ok: true };
  return {
    ok: false,
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)),
  };
}
