import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { hashIp } from '@/lib/auth/throttle';
import { takeRequest, type RateLimit } from '@/lib/rate-limit';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.dispose();
});

const rule = (bucket: string, limit = 3, windowSeconds = 60): RateLimit => ({ bucket, limit, windowSeconds });

describe(`rate limits (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('refuses past the limit with the seconds left in the window, and allows again in the next', async () => {
    const limit = rule('search-window');
    const start = new Date('2030-01-01T10:00:05Z');
    for (let i = 0; i < 3; i++) expect(await takeRequest(db(), limit, '203.0.113.7', start)).toEqual({ ok: true });
    expect(await takeRequest(db(), limit, '203.0.113.7', start)).toEqual({ ok: false, retryAfterSeconds: 55 });
    // Later in the same window: still refused, with less to wait (never less than a second).
    expect(await takeRequest(db(), limit, '203.0.113.7', new Date('2030-01-01T10:00:41.500Z'))).toEqual({
      ok: false,
      retryAfterSeconds: 19,
    });
    expect(await takeRequest(db(), limit, '203.0.113.7', new Date('2030-01-01T10:00:59.900Z'))).toEqual({
      ok: false,
      retryAfterSeconds: 1,
    });
    // The next window starts afresh.
    expect(await takeRequest(db(), limit, '203.0.113.7', new Date('2030-01-01T10:01:00Z'))).toEqual({ ok: true });
  });

  it('counts each address, and each bucket, apart', async () => {
    const now = new Date('2030-01-02T08:00:00Z');
    const limit = rule('search-apart', 1);
    expect(await takeRequest(db(), limit, '198.51.100.1', now)).toEqual({ ok: true });
    expect((await takeRequest(db(), limit, '198.51.100.1', now)).ok).toBe(false);
    expect(await takeRequest(db(), limit, '198.51.100.2', now)).toEqual({ ok: true });
    expect(await takeRequest(db(), limit, '2001:db8::1', now)).toEqual({ ok: true });
    expect(await takeRequest(db(), rule('other-bucket', 1), '198.51.100.1', now)).toEqual({ ok: true });
  });

  it('holds under concurrent requests: exactly the limit gets through', async () => {
    const now = new Date('2030-01-03T08:00:00Z');
    const limit = rule('search-burst', 30);
    const decisions = await Promise.all(Array.from({ length: 45 }, () => takeRequest(db(), limit, '192.0.2.55', now)));
    expect(decisions.filter((d) => d.ok).length).toBe(30);
  });

  it('is off with a limit of 0 (or less), and then counts nothing', async () => {
    const now = new Date('2030-01-04T08:00:00Z');
    for (const limit of [0, -1]) {
      for (let i = 0; i < 50; i++)
        expect(await takeRequest(db(), rule('search-off', limit), '192.0.2.99', now)).toEqual({ ok: true });
    }
    const rows = await db().select().from(schema.rateLimits);
    expect(rows.some((r) => r.bucket === 'search-off')).toBe(false);
  });

  it('stores the address only as a keyed hash', async () => {
    const address = '203.0.113.201';
    await takeRequest(db(), rule('search-hash'), address, new Date('2030-01-05T08:00:00Z'));
    const rows = await db().select().from(schema.rateLimits);
    const row = rows.find((r) => r.bucket === 'search-hash')!;
    expect(row.key).toBe(hashIp(address));
    expect(row.key).not.toContain(address);
    expect(row.key).toMatch(/^[0-9a-f]{32}$/);
    for (const r of rows) expect(JSON.stringify(r)).not.toMatch(/\d+\.\d+\.\d+\.\d+|2001:db8/);
  });
});
