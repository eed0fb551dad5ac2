import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountDelayMs,
  ADDRESS_LIMIT,
  hashIp,
  PAIR_LIMIT,
  reserveLoginAttempt,
  THROTTLE_WINDOW_MS,
} from '@/lib/auth/throttle';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.dispose();
});

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 8)}@example.test`;

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
