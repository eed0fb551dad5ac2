import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db';
import { getSessionStaff, type StaffMember } from '../staff';
import { auth } from './config';
import { can, type Permission } from './permissions';
import { isStaffSessionActive } from './sessions';

export type Staff = StaffMember;

/**
 * The signed-in staff member, re-read from the database on every request so that a role
 * change, a disabled account, a password reset or signing out takes effect at once.
 * Memoized per request: a page, its layout and its actions ask several times.
 */
export const getStaff = cache(async (): Promise<Staff | null> => {
  const session = (await auth()) as { uid?: number; sv?: number; sid?: string } | null;
  if (!session?.uid || typeof session.sid !== 'string') return null;
  const db = getDb();
  const staff = await getSessionStaff(db, session.uid);
  if (!staff || staff.disabled || staff.sessionVersion !== session.sv) return null;
  if (!(await isStaffSessionActive(db, session.sid, session.uid))) return null;
  const { sessionVersion: _ignored, ...rest } = staff;
  return rest;
});

export class AccessDeniedError extends Error {
  constructor(readonly reason: 'signed-out' | 'forbidden') {
    super(reason);
  }
}

/** For server actions and route handlers: the staff member, or an AccessDeniedError. */
export async function requirePermission(permission: Permission): Promise<Staff> {
  const staff = await getStaff();
  if (!staff) throw new AccessDeniedError('signed-out');
  if (!can(staff.role, permission)) throw new AccessDeniedError('forbidden');
  return staff;
}

/** For admin pages: signed-out visitors go to the login page, the wrong role gets 403. */
export async function requirePagePermission(permission: Permission, from?: string): Promise<Staff> {
  const staff = await getStaff();
  if (!staff) redirect(`/admin/login${from ? `?from=${encodeURIComponent(from)}` : ''}`);
  if (!can(staff.role, permission)) forbidden();
  return staff;
}
