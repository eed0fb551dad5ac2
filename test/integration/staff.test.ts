import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { listAuditActors, listAuditLog } from '@/lib/audit/read';
import { verifyPassword } from '@/lib/auth/password';
import { ensureFirstAdmin, FIRST_ADMIN_EMAIL } from '@/lib/first-admin';
import {
  createStaff,
  findStaffByEmail,
  getSessionStaff,
  listStaff,
  resetStaffPassword,
  setStaffDisabled,
  setStaffRole,
  type StaffRefusal,
} from '@/lib/staff';
import { createTestDatabase } from '../support/database';
import { addStaff, logReader } from '../support/staff';

type TestDb = Awaited<ReturnType<typeof createTestDatabase>>;
let database: TestDb;
const opened: TestDb[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.dispose();
  for (const other of opened) await other.dispose();
});

/** Tests that count administrators get a database of their own, so test order never matters. */
async function freshDatabase() {
  const db = await createTestDatabase();
  opened.push(db);
  return db.db;
}

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 8)}@example.test`;
const PASSWORD = 'a-long-enough-password';

/** Refusals are answers, not exceptions: the promise resolves with the reason. */
async function expectRefused(promise: Promise<unknown>, reason: Exclude<StaffRefusal, 'invalid'>) {
  expect(await promise).toEqual({ ok: false, reason });
}

describe(`staff accounts (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('creates an account, never exposes the hash, and refuses a duplicate email in any case', async () => {
    const email = unique('alice');
    const created = await addStaff(database.db, {
      email: email.toUpperCase(),
      name: 'Alice Doe',
      role: 'author',
      password: PASSWORD,
      preferredLocale: 'fr',
    });
    expect(created).toMatchObject({ email, name: 'Alice Doe', role: 'author', preferredLocale: 'fr', disabled: false });
    expect(created).not.toHaveProperty('passwordHash');
    const listed = (await listStaff(database.db, null)).find((s) => s.id === created.id);
    expect(listed).toBeDefined();
    expect(Object.keys(listed!)).not.toContain('passwordHash');
    const stored = await findStaffByEmail(database.db, email);
    expect(stored!.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(stored!.passwordHash, PASSWORD)).toBe(true);
    expect(
      await createStaff(database.db, null, {
        email: `  ${email.replace('alice', 'ALICE')} `,
        name: 'Other',
        role: 'editor',
        password: PASSWORD,
      }),
    ).toEqual({ ok: false, reason: 'invalid', fieldErrors: { email: 'taken' } });
  });

  it('lets only administrators (or the command line) create and list accounts', async () => {
    const editor = await addStaff(database.db, { email: unique('ed'), name: 'Ed', role: 'editor', password: PASSWORD });
    const input = { email: unique('eve'), name: 'Eve', role: 'admin', password: PASSWORD };
    await expectRefused(createStaff(database.db, editor, input), 'forbidden');
    await expectRefused(setStaffRole(database.db, editor, editor.id, 'admin'), 'forbidden');
    await expectRefused(setStaffDisabled(database.db, editor, editor.id, true), 'forbidden');
    await expectRefused(resetStaffPassword(database.db, editor, editor.id, PASSWORD), 'forbidden');
    expect(await findStaffByEmail(database.db, input.email)).toBeNull();
    expect(await listStaff(database.db, editor)).toEqual([]);
    expect(await listAuditActors(database.db, editor)).toEqual([]);
    expect(await listAuditLog(database.db, editor)).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
    const admin = await addStaff(database.db, { email: unique('ad'), name: 'Ad', role: 'admin', password: PASSWORD });
    expect((await listStaff(database.db, admin)).map((s) => s.id)).toContain(editor.id);
    expect(await listAuditActors(database.db, admin)).toContainEqual({ id: editor.id, name: 'Ed' });
  });

  it('refuses passwords shorter than 12 characters', async () => {
    expect(
      await createStaff(database.db, null, {
        email: unique('short'),
        name: 'Short',
        role: 'author',
        password: 'elevenchars',
      }),
    ).toEqual({ ok: false, reason: 'invalid', fieldErrors: { password: 'required' } });
  });

  it('changing the role bumps the session version and is audited', async () => {
    const actor = await addStaff(database.db, {
      email: unique('boss'),
      name: 'Boss',
      role: 'admin',
      password: PASSWORD,
    });
    const member = await addStaff(database.db, {
      email: unique('bob'),
      name: 'Bob',
      role: 'author',
      password: PASSWORD,
    });
    const before = await getSessionStaff(database.db, member.id);
    expect(await setStaffRole(database.db, actor, member.id, 'editor')).toMatchObject({ ok: true });
    const after = await getSessionStaff(database.db, member.id);
    expect(after!.role).toBe('editor');
    expect(after!.sessionVersion).toBe(before!.sessionVersion + 1);
    // Setting the same role again changes nothing.
    await setStaffRole(database.db, actor, member.id, 'editor');
    expect((await getSessionStaff(database.db, member.id))!.sessionVersion).toBe(after!.sessionVersion);
    const log = await listAuditLog(database.db, actor, { action: 'staff.role', actorId: actor.id });
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({
      actorName: 'Boss',
      action: 'staff.role',
      entityType: 'user',
      entityId: String(member.id),
      data: { from: 'author', to: 'editor' },
    });
  });

  it('disabling ends sessions and blocks the account until enabled', async () => {
    const member = await addStaff(database.db, {
      email: unique('carol'),
      name: 'Carol',
      role: 'moderator',
      password: PASSWORD,
    });
    const before = await getSessionStaff(database.db, member.id);
    await setStaffDisabled(database.db, null, member.id, true);
    const disabled = await getSessionStaff(database.db, member.id);
    expect(disabled!.disabled).toBe(true);
    expect(disabled!.sessionVersion).toBe(before!.sessionVersion + 1);
    expect((await findStaffByEmail(database.db, member.email))!.disabledAt).not.toBeNull();
    await setStaffDisabled(database.db, null, member.id, false);
    expect((await getSessionStaff(database.db, member.id))!.disabled).toBe(false);
    const actions = (await listAuditLog(database.db, logReader)).items
      .filter((e) => e.entityId === String(member.id))
      .map((e) => e.action);
    expect(actions).toEqual(['staff.enable', 'staff.disable', 'staff.create']);
  });

  it('resetting a password replaces it: the old one no longer verifies', async () => {
    const member = await addStaff(database.db, {
      email: unique('dan'),
      name: 'Dan',
      role: 'author',
      password: PASSWORD,
    });
    const before = await getSessionStaff(database.db, member.id);
    await resetStaffPassword(database.db, null, member.id, 'a-brand-new-password');
    const stored = await findStaffByEmail(database.db, member.email);
    expect(await verifyPassword(stored!.passwordHash, PASSWORD)).toBe(false);
    expect(await verifyPassword(stored!.passwordHash, 'a-brand-new-password')).toBe(true);
    expect(stored!.sessionVersion).toBe(before!.sessionVersion + 1);
    expect(await resetStaffPassword(database.db, null, member.id, 'too-short')).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { password: 'required' },
    });
    expect(await verifyPassword((await findStaffByEmail(database.db, member.email))!.passwordHash, 'too-short')).toBe(
      false,
    );
    await expectRefused(resetStaffPassword(database.db, null, 2_000_000_000, 'a-brand-new-password'), 'not-found');
  });

  it('never removes or disables the last active administrator', async () => {
    const db = await freshDatabase();
    const first = await addStaff(db, {
      email: unique('root'),
      name: 'Root',
      role: 'admin',
      password: PASSWORD,
    });
    await expectRefused(setStaffRole(db, first, first.id, 'editor'), 'last-admin');
    await expectRefused(setStaffDisabled(db, first, first.id, true), 'last-admin');
    // A disabled administrator does not count as a second one.
    const second = await addStaff(
      db,
      { email: unique('root2'), name: 'Root Two', role: 'admin', password: PASSWORD },
      first,
    );
    await setStaffDisabled(db, first, second.id, true);
    await expectRefused(setStaffRole(db, first, first.id, 'editor'), 'last-admin');
    // Once another administrator is active, the first may step down.
    await setStaffDisabled(db, first, second.id, false);
    await setStaffRole(db, second, first.id, 'editor');
    expect((await getSessionStaff(db, first.id))!.role).toBe('editor');
    await expectRefused(setStaffDisabled(db, second, second.id, true), 'last-admin');
    expect((await getSessionStaff(db, second.id))!.disabled).toBe(false);
  });
});

describe('first administrator', () => {
  it('is created once, with a generated password that works, on a database without one', async () => {
    const db = await freshDatabase();
    // An editor already owns the usual address: the admin gets the next one.
    await addStaff(db, { email: FIRST_ADMIN_EMAIL, name: 'Not an admin', role: 'editor', password: PASSWORD });
    const created = await ensureFirstAdmin(db);
    expect(created).not.toBeNull();
    expect(created!.email).toBe('admin-2@maydan.local');
    expect(created!.password.length).toBeGreaterThanOrEqual(12);
    const stored = await findStaffByEmail(db, created!.email);
    expect(stored).toMatchObject({ role: 'admin', name: 'Administrator', disabledAt: null });
    expect(await verifyPassword(stored!.passwordHash, created!.password)).toBe(true);
    expect(await ensureFirstAdmin(db)).toBeNull();
    expect((await listStaff(db, null)).filter((s) => s.role === 'admin')).toHaveLength(1);
  });

  it('uses admin@maydan.local on an empty database, and no two installations share a password', async () => {
    const a = await ensureFirstAdmin(await freshDatabase());
    const b = await ensureFirstAdmin(await freshDatabase());
    expect(a!.email).toBe(FIRST_ADMIN_EMAIL);
    expect(b!.email).toBe(FIRST_ADMIN_EMAIL);
    expect(a!.password).not.toBe(b!.password);
  });

  it('is not created when an active administrator exists', async () => {
    const db = await freshDatabase();
    await addStaff(db, { email: unique('owner'), name: 'Owner', role: 'admin', password: PASSWORD });
    expect(await ensureFirstAdmin(db)).toBeNull();
    expect(
      await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, FIRST_ADMIN_EMAIL)),
    ).toHaveLength(0);
  });
});

describe('audit log reading', () => {
  it('pages newest first and filters by action and by person', async () => {
    const db = await freshDatabase();
    const admin = await addStaff(db, {
      email: unique('auditor'),
      name: 'Auditor',
      role: 'admin',
      password: PASSWORD,
    });
    const ids: number[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        (await addStaff(db, { email: unique(`p${i}`), name: `Person ${i}`, role: 'author', password: PASSWORD }, admin))
          .id,
      );
    await setStaffRole(db, admin, ids[0]!, 'editor');
    const all = await listAuditLog(db, admin, { pageSize: 3 });
    expect(all.total).toBe(7);
    expect(all.pageCount).toBe(3);
    expect(all.items[0]).toMatchObject({ action: 'staff.role', actorName: 'Auditor', entityId: String(ids[0]) });
    const last = await listAuditLog(db, admin, { pageSize: 3, page: 3 });
    expect(last.items).toHaveLength(1);
    expect(last.items[0]).toMatchObject({ action: 'staff.create', actorId: null, actorName: null });
    // A page past the end shows the last page rather than nothing.
    expect((await listAuditLog(db, admin, { pageSize: 3, page: 99 })).page).toBe(3);
    expect((await listAuditLog(db, admin, { action: 'staff.create' })).total).toBe(6);
    expect((await listAuditLog(db, admin, { actorId: admin.id })).total).toBe(6);
    expect((await listAuditLog(db, admin, { actorId: admin.id, action: 'staff.role' })).total).toBe(1);
    const times = all.items.map((e) => Date.parse(e.createdAt));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
  });
});
