import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { connect } from '@/db/connect';
import { articles, comments, users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { findStaffByEmail, listStaff } from '@/lib/staff';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-first-admin-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** Runs the seed script as `npm start` does, on its own embedded database. */
function seed(...args: string[]) {
  return seedIn(folder, {}, ...args);
}

function seedIn(dataDir: string, extraEnv: Record<string, string>, ...args: string[]) {
  const { ADMIN_EMAIL: _a, MAYDAN_DEMO: _d, ...inherited } = process.env;
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/seed.ts', ...args], {
    env: { ...inherited, DATABASE_URL: '', DATA_DIR: dataDir, UPLOADS_DIR: '', ...extraEnv },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('first start (scripts/seed.ts)', () => {
  it(
    'prints a generated admin password once, which works; later runs neither print nor reseed',
    { timeout: 300_000 },
    async () => {
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
        expect((await listStaff(connection.db, null)).filter((s) => s.role === 'admin')).toHaveLength(1);
      } finally {
        await connection.close();
      }
    },
  );
});

async function count(dataDir: string) {
  const connection = connect({ dataDir: path.join(dataDir, 'pglite') });
  try {
    const n = async (table: typeof articles | typeof comments) =>
      ((await connection.db.select({ n: sql<number>`count(*)::int` }).from(table)) as [{ n: number }])[0].n;
    const staff = await connection.db.select({ email: users.email, role: users.role }).from(users);
    return { articles: await n(articles), comments: await n(comments), staff };
  } finally {
    await connection.close();
  }
}

describe('first start in production (NODE_ENV=production)', () => {
  it(
    'an empty database gets the first admin from ADMIN_EMAIL and no demo content; the password is not printed',
    { timeout: 400_000 },
    async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-prod-seed-'));
      try {
        const run = seedIn(
          dataDir,
          { NODE_ENV: 'production', ADMIN_EMAIL: 'Chief.Editor@Newsroom.example' },
          '--if-empty',
        );
        expect(run.status).toBe(0);
        expect(run.out).not.toContain('Demo content added');
        expect(run.out).not.toContain('Password:');
        expect(run.out).not.toContain('chief.editor@newsroom.example');
        expect(await count(dataDir)).toEqual({
          articles: 0,
          comments: 0,
          staff: [{ email: 'chief.editor@newsroom.example', role: 'admin' }],
        });
        // The credentials are in a file only this user can read.
        const file = path.join(dataDir, 'first-admin.txt');
        expect(fs.statSync(file).mode & 0o077).toBe(0);
        const password = /Password: (\S+)/.exec(fs.readFileSync(file, 'utf8'))?.[1];
        const connection = connect({ dataDir: path.join(dataDir, 'pglite') });
        try {
          const admin = await findStaffByEmail(connection.db, 'chief.editor@newsroom.example');
          expect(await verifyPassword(admin!.passwordHash, password!)).toBe(true);
        } finally {
          await connection.close();
        }

        // A restart neither adds demo content nor a second admin, and no longer needs ADMIN_EMAIL.
        const again = seedIn(dataDir, { NODE_ENV: 'production' }, '--if-empty');
        expect(again.status).toBe(0);
        const after = await count(dataDir);
        expect(after.staff).toHaveLength(1);
        expect(after.articles).toBe(0);
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );

  it('refuses to create an admin with a fixed address: ADMIN_EMAIL is required', { timeout: 400_000 }, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-prod-seed-'));
    try {
      const run = seedIn(dataDir, { NODE_ENV: 'production' }, '--if-empty');
      expect(run.status).toBe(1);
      expect(run.out).toContain('set ADMIN_EMAIL');
      expect(await count(dataDir)).toEqual({ articles: 0, comments: 0, staff: [] });

      const invalid = seedIn(dataDir, { NODE_ENV: 'production', ADMIN_EMAIL: 'not-an-address' }, '--if-empty');
      expect(invalid.status).toBe(1);
      expect(invalid.out).toContain('ADMIN_EMAIL is not a valid email address');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
