import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import { verifyPassword } from '@/lib/auth/password';
import { findStaffByEmail, listStaff } from '@/lib/staff';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-first-admin-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** Runs the seed script as `npm start` does, on its own embedded database. */
function seed(...args: string[]) {
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/seed.ts', ...args], {
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: folder, UPLOADS_DIR: '' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('first start (scripts/seed.ts)', () => {
  it('prints a generated admin password once, which works; later runs neither print nor reseed', { timeout: 300_000 }, async () => {
    const first = seed('--if-empty');
    expect(first.status).toBe(0);
    expect(first.out).toContain('Demo content added');
    expect(first.out).toContain('Email:    admin@maydan.local');
    expect(first.out).toContain('npm run user -- reset-password --email admin@maydan.local');
    const password = /Password: (\S+)/.exec(first.out)?.[1];
    expect(password).toBeDefined();
    expect(password!.length).toBeGreaterThanOrEqual(12);

    const again = seed('--if-empty');
    expect(again.status).toBe(0);
    expect(again.out).toContain('already has articles');
    expect(again.out).not.toContain('Password:');

    // Without --if-empty, a non-empty database is refused as before.
    const refused = seed();
    expect(refused.status).toBe(1);
    expect(refused.out).toContain('already has articles');
    expect(refused.out).not.toContain('Password:');

    const connection = connect({ dataDir: path.join(folder, 'pglite') });
    try {
      const admin = await findStaffByEmail(connection.db, 'admin@maydan.local');
      expect(admin).toMatchObject({ role: 'admin', disabledAt: null });
      expect(await verifyPassword(admin!.passwordHash, password!)).toBe(true);
      expect((await listStaff(connection.db)).filter((s) => s.role === 'admin')).toHaveLength(1);
    } finally {
      await connection.close();
    }
  });
});
