// Imported by the proxy (through admin-gate.ts): no `server-only` marker, no Auth.js config.
import crypto from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { staffSessions } from '@/db/schema';

/** How long a session lives without being used (the session JWT's own lifetime matches). */
export const SESSION_MAX_AGE_S = 8 * 60 * 60;
// Writing "last seen" at most this often keeps every request a read.
const TOUCH_AFTER_MS = 15 * 60 * 1000;

/** A new server-side session for a staff member who has just signed in; returns its id. */
export async function createStaffSession(db: Db, userId: number, now = new Date()): Promise<string> {
  const id = crypto.randomBytes(24).toString('base64url');
  await db.insert(staffSessions).values({ id, userId, createdAt: now, lastSeenAt: now });
  return id;
}

/**
 * True while the session exists (not signed out) and has been used within its lifetime.
 * Marks it as seen, at most every 15 minutes, so active sessions are not pruned.
 */
export async function isStaffSessionActive(
  db: Db,
  sessionId: string,
  userId: number,
  now = new Date(),
): Promise<boolean> {
  const [row] = await db
    .select({ lastSeenAt: staffSessions.lastSeenAt })
    .from(staffSessions)
    .where(
      and(
        eq(staffSessions.id, sessionId),
        eq(staffSessions.userId, userId),
        gt(staffSessions.lastSeenAt, new Date(now.getTime() - SESSION_MAX_AGE_S * 1000)),
      ),
    );
  if (!row) return false;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.id, sessionId));
  }
  return true;
}

/** Signing out: the session's cookie, wherever it was copied to, stops working. */
export async function revokeStaffSession(db: Db, sessionId: string) {
  await db.delete(staffSessions).where(eq(staffSessions.id, sessionId));
}

export async function pruneStaffSessions(db: Db, now = new Date()) {
  await db
    .delete(staffSessions)
    .where(lt(staffSessions.lastSeenAt, new Date(now.getTime() - SESSION_MAX_AGE_S * 1000)));
}
