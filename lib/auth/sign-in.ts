import 'server-only';
import type { Db } from '@/db/connect';
import { findStaffByEmail } from '../staff';
import { verifyPassword } from './password';
import { createStaffSession, pruneStaffSessions } from './sessions';
import { hashIp, pruneLoginRecords, recordLoginSuccess, reserveLoginAttempt } from './throttle';
import { log } from '@/lib/log';

export type SignInDeps = {
  /** The password check (tests count its calls). */
  verify?: (passwordHash: string | null, password: string) => Promise<boolean>;
  /** Waits the per-account delay; tests record the delay instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
};

export type SignInResult =
  | { ok: true; staff: { id: number; name: string; email: string; sessionVersion: number }; sessionId: string }
  | { ok: false; reason: 'invalid' | 'throttled' | 'unavailable' };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One sign-in attempt: reserve it under the limits (atomically), wait the account's delay with
 * no database connection held, check the password, and on success open a server-side session.
 * A database failure is "unavailable", never an exception: the form asks to try again shortly.
 */
export async function attemptSignIn(
  db: Db,
  input: { email: string; password: string; ip: string },
  deps: SignInDeps = {},
): Promise<SignInResult> {
  const { verify = verifyPassword, sleep = realSleep, now = () => new Date() } = deps;
  const ipHash = hashIp(input.ip);
  let step = 'reserve';
  try {
    const reservation = await reserveLoginAttempt(db, input.email, ipHash, now());
    if (!reservation.ok) return { ok: false, reason: 'throttled' };
    if (reservation.delayMs > 0) await sleep(reservation.delayMs);
    step = 'verify';
    const staff = await findStaffByEmail(db, input.email);
    const passwordOk = await verify(staff?.passwordHash ?? null, input.password);
    if (!passwordOk || !staff || staff.disabledAt !== null) return { ok: false, reason: 'invalid' };
    step = 'session';
    const at = now();
    await recordLoginSuccess(db, reservation.attemptId, input.email, ipHash, at);
    const sessionId = await createStaffSession(db, staff.id, at);
    // Successes are rare: a good moment to drop what has expired.
    await pruneLoginRecords(db, at);
    await pruneStaffSessions(db, at);
    return {
      ok: true,
      staff: { id: staff.id, name: staff.name, email: staff.email, sessionVersion: staff.sessionVersion },
      sessionId,
    };
  } catch (error) {
    // Never the email, password or address in the log.
    log.error({ scope: 'sign-in', step, err: describe(error) }, 'database error during sign-in');
    return { ok: false, reason: 'unavailable' };
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Drizzle wraps the driver's error (which says what went wrong) as the cause.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message.split('\n')[0]!.slice(0, 200)}${cause}`;
}
