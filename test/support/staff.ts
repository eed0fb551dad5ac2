import type { Db } from '@/db/connect';
import type { Actor } from '@/lib/auth/actor';
import { createStaff, type StaffActor, type StaffInput, type StaffMember } from '@/lib/staff';

/** A staff account for a test's setup: any refusal fails the test at once. */
export async function addStaff(db: Db, input: StaffInput, actor: StaffActor = null): Promise<StaffMember> {
  const result = await createStaff(db, actor, input);
  if (!result.ok) throw new Error(`could not create ${input.email}: ${JSON.stringify(result)}`);
  return result.staff;
}

/** Someone allowed to read the audit log: admin reads look at the role only. */
export const logReader: Actor = { id: 0, role: 'admin' };
