import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { getDb } from '@/db';
import { getSessionStaff, type StaffMember } from '../staff';
import { auth } from './config';
import { can, type Permission } from './permissions';

export type Staff = StaffMember;

/**
 * The signed-in staff member, re-read from the database on every request so that a role
 * change, a disabled account or a password reset takes effect at once.
 */
export async function getStaff(): Promise<Staff | null> {
  const session = (await auth()) as { uid?: number; sv?: number } | null;
  if (!session?.uid) return null;
  const staff = await getSessionStaff(getDb(), session.uid);
  if (!staff || staff.disabled || staff.sessionVersion !== session.sv) return null;
  const { sessionVersion: _ignored, ...rest } = staff;
  return rest;
}

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
