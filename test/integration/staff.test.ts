import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { listAuditLog } from '@/lib/audit-read';
import { verifyPassword } from '@/lib/auth/password';
import {
  accountDelayMs,
  ADDRESS_LIMIT,
  hashIp,
  PAIR_LIMIT,
  reserveLoginAttempt,
  THROTTLE_WINDOW_MS,
} from '@/lib/auth/throttle';
import { ensureFirstAdmin, FIRST_ADMIN_EMAIL } from '@/lib/first-admin';
import {
  createStaff,
  findStaffByEmail,
  getSessionStaff,
  listStaff,
  resetStaffPassword,
  setStaffDisabled,
  setStaffRole,
  StaffError,
} from '@/lib/staff';
import { createTestDatabase } from '../support/database';

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

async function expectStaffError(promise: Promise<unknown>, code: StaffError['code']) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StaffError);
  expect((error as StaffError).code).toBe(code);
}

describe(`staff accounts (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('creates an account, never exposes the hash, and refuses a duplicate email in any case', async () => {
    const email = unique('alice');
    const created = await createStaff(database.db, null, {
      email: email.toUpperCase(),
      name: 'Alice Doe',
      role: 'author',
      password: PASSWORD,
      preferredLocale: 'fr',
    });
    expect(created).toMatchObject({ email, name: 'Alice Doe', role: 'author', preferredLocale: 'fr', disabled: false });
    expect(created).not.toHaveProperty('passwordHash');
    const listed = (await listStaff(database.db)).find((s) => s.id === created.id);
    expect(listed).toBeDefined();
    expect(Object.keys(listed!)).not.toContain('passwordHash');
    const stored = await findStaffByEmail(database.db, email);
    expect(stored!.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(stored!.passwordHash, PASSWORD)).toBe(true);
    await expectStaffError(
      createStaff(database.db, null, {
        email: `  ${email.replace('alice', 'ALICE')} `,
        name: 'Other',
        role: 'editor',
        password: PASSWORD,
      }),
      'email-taken',
    );
  });

  it('refuses passwords shorter than 12 characters', async () => {
    await expect(
      createStaff(database.db, null, {
        email: unique('short'),
        name: 'Short',
        role: 'author',
        password: 'elevenchars',
      }),
    ).rejects.toThrow();
  });

  it('changing the role bumps the session version and is audited', async () => {
    const actor = await createStaff(database.db, null, {
      email: unique('boss'),
      name: 'Boss',
      role: 'admin',
      password: PASSWORD,
    });
    const member = await createStaff(database.db, null, {
      email: unique('bob'),
      name: 'Bob',
      role: 'author',
      password: PASSWORD,
    });
    const before = await getSessionStaff(database.db, member.id);
    await setStaffRole(database.db, actor.id, member.id, 'editor');
    const after = await getSessionStaff(database.db, member.id);
    expect(after!.role).toBe('editor');
    expect(after!.sessionVersion).toBe(before!.sessionVersion + 1);
    // Setting the same role again changes nothing.
    await setStaffRole(database.db, actor.id, member.id, 'editor');
    expect((await getSessionStaff(database.db, member.id))!.sessionVersion).toBe(after!.sessionVersion);
    const log = await listAuditLog(database.db, { action: 'staff.role', actorId: actor.id });
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
    const member = await createStaff(database.db, null, {
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
    const actions = (await listAuditLog(database.db, {})).items
      .filter((e) => e.entityId === String(member.id))
      .map((e) => e.action);
    expect(actions).toEqual(['staff.enable', 'staff.disable', 'staff.create']);
  });

  it('resetting a password replaces it: the old one no longer verifies', async () => {
    const member = await createStaff(database.db, null, {
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
    await expect(resetStaffPassword(database.db, null, member.id, 'too-short')).rejects.toThrow();
    await expectStaffError(resetStaffPassword(database.db, null, 2_000_000_000, 'a-brand-new-password'), 'not-found');
  });

  it('never removes or disables the last active administrator', async () => {
    const db = await freshDatabase();
    const first = await createStaff(db, null, {
      email: unique('root'),
      name: 'Root',
      role: 'admin',
      password: PASSWORD,
    });
    await expectStaffError(setStaffRole(db, first.id, first.id, 'editor'), 'last-admin');
    await expectStaffError(setStaffDisabled(db, first.id, first.id, true), 'last-admin');
    // A disabled administrator does not count as a second one.
    const second = await createStaff(db, first.id, {
      email: unique('root2'),
      name: 'Root Two',
      role: 'admin',
      password: PASSWORD,
    });
    await setStaffDisabled(db, first.id, second.id, true);
    await expectStaffError(setStaffRole(db, first.id, first.id, 'editor'), 'last-admin');
    // Once another administrator is active, the first may step down.
    await setStaffDisabled(db, first.id, second.id, false);
    await setStaffRole(db, second.id, first.id, 'editor');
    expect((await getSessionStaff(db, first.id))!.role).toBe('editor');
    await expectStaffError(setStaffDisabled(db, second.id, second.id, true), 'last-admin');
    expect((await getSessionStaff(db, second.id))!.disabled).toBe(false);
  });
});

describe('first administrator', () => {
  it('is created once, with a generated password that works, on a database without one', async () => {
    const db = await freshDatabase();
    // An editor already owns the usual address: the admin gets the next one.
    await createStaff(db, null, { email: FIRST_ADMIN_EMAIL, name: 'Not an admin', role: 'editor', password: PASSWORD });
    const created = await ensureFirstAdmin(db);
    expect(created).not.toBeNull();
    expect(created!.email).toBe('admin-2@maydan.local');
    expect(created!.password.length).toBeGreaterThanOrEqual(12);
    const stored = await findStaffByEmail(db, created!.email);
    expect(stored).toMatchObject({ role: 'admin', name: 'Administrator', disabledAt: null });
    expect(await verifyPassword(stored!.passwordHash, created!.password)).toBe(true);
    expect(await ensureFirstAdmin(db)).toBeNull();
    expect((await listStaff(db)).filter((s) => s.role === 'admin')).toHaveLength(1);
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
    await createStaff(db, null, { email: unique('owner'), name: 'Owner', role: 'admin', password: PASSWORD });
    expect(await ensureFirstAdmin(db)).toBeNull();
    expect(
      await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, FIRST_ADMIN_EMAIL)),
    ).toHaveLength(0);
  });
});

describe('login throttle', () => {
  const t0 = new Date('2030-03-01T10:00:00Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);

  it(`slows an account down after failures from many addresses, but never refuses it`, async () => {
    const email = unique('victim');
    const delays: number[] = [];
    for (let i = 0; i < 12; i++) {
      const reservation = await reserveLoginAttempt(database.db, email, hashIp(`198.51.100.${i}`), at(i * 1000));
      expect(reservation.ok).toBe(true);
      if (reservation.ok) delays.push(reservation.delayMs);
    }
    // The delay grows with the account's failures and stays bounded.
    expect(delays.slice(0, 3)).toEqual([0, 0, 0]);
    expect(delays).toEqual(delays.map((_, i) => accountDelayMs(i)));
    expect(Math.max(...delays)).toBe(accountDelayMs(100));
    // Other accounts from other addresses are not affected.
    const bystander = await reserveLoginAttempt(database.db, unique('bystander'), hashIp('203.0.113.2'), at(13_000));
    expect(bystander).toMatchObject({ ok: true, delayMs: 0 });
    // Once the failures leave the 15-minute window, there is no delay.
    expect(
      await reserveLoginAttempt(database.db, email, hashIp('203.0.113.1'), at(12_000 + THROTTLE_WINDOW_MS)),
    ).toMatchObject({ ok: true, delayMs: 0 });
  });

  it(`refuses one address for one account after ${PAIR_LIMIT} failures, and an address after ${ADDRESS_LIMIT} over all accounts`, async () => {
    const email = unique('target');
    const ip = hashIp('192.0.2.76');
    for (let i = 0; i < PAIR_LIMIT; i++)
      expect((await reserveLoginAttempt(database.db, email, ip, at(i * 1000))).ok).toBe(true);
    expect(await reserveLoginAttempt(database.db, email, ip, at(6000))).toEqual({ ok: false, reason: 'pair-limit' });
    // The same account from another address goes on (slowed down, not refused).
    expect((await reserveLoginAttempt(database.db, email, hashIp('192.0.2.75'), at(6000))).ok).toBe(true);

    const sprayer = hashIp('192.0.2.77');
    for (let i = 0; i < ADDRESS_LIMIT; i++)
      expect((await reserveLoginAttempt(database.db, unique('spray'), sprayer, at(i * 1000))).ok).toBe(true);
    expect(await reserveLoginAttempt(database.db, unique('fresh'), sprayer, at(ADDRESS_LIMIT * 1000))).toEqual({
      ok: false,
      reason: 'address-limit',
    });
    expect(
      (await reserveLoginAttempt(database.db, unique('fresh'), hashIp('192.0.2.78'), at(ADDRESS_LIMIT * 1000))).ok,
    ).toBe(true);
    expect(
      (await reserveLoginAttempt(database.db, unique('fresh'), sprayer, at(ADDRESS_LIMIT * 1000 + THROTTLE_WINDOW_MS)))
        .ok,
    ).toBe(true);
  });

  it('keeps addresses only as a keyed hash', () => {
    expect(hashIp('192.0.2.1', 's1')).toMatch(/^[0-9a-f]{32}$/);
    expect(hashIp('192.0.2.1', 's1')).toBe(hashIp('192.0.2.1', 's1'));
    expect(hashIp('192.0.2.1', 's1')).not.toBe(hashIp('192.0.2.2', 's1'));
    expect(hashIp('192.0.2.1', 's1')).not.toBe(hashIp('192.0.2.1', 's2'));
    expect(hashIp('192.0.2.1', 's1')).not.toContain('192');
  });
});

describe('audit log reading', () => {
  it('pages newest first and filters by action and by person', async () => {
    const db = await freshDatabase();
    const admin = await createStaff(db, null, {
      email: unique('auditor'),
      name: 'Auditor',
      role: 'admin',
      password: PASSWORD,
    });
    const ids: number[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        (
          await createStaff(db, admin.id, {
            email: unique(`p${i}`),
            name: `Person ${i}`,
            role: 'author',
            password: PASSWORD,
          })
        ).id,
      );
    await setStaffRole(db, admin.id, ids[0]!, 'editor');
    const all = await listAuditLog(db, { pageSize: 3 });
    expect(all.total).toBe(7);
    expect(all.pageCount).toBe(3);
    expect(all.items[0]).toMatchObject({ action: 'staff.role', actorName: 'Auditor', entityId: String(ids[0]) });
    const last = await listAuditLog(db, { pageSize: 3, page: 3 });
    expect(last.items).toHaveLength(1);
    expect(last.items[0]).toMatchObject({ action: 'staff.create', actorId: null, actorName: null });
    // A page past the end shows the last page rather than nothing.
    expect((await listAuditLog(db, { pageSize: 3, page: 99 })).page).toBe(3);
    expect((await listAuditLog(db, { action: 'staff.create' })).total).toBe(6);
    expect((await listAuditLog(db, { actorId: admin.id })).total).toBe(6);
    expect((await listAuditLog(db, { actorId: admin.id, action: 'staff.role' })).total).toBe(1);
    const times = all.items.map((e) => Date.parse(e.createdAt));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
  });
});
