import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import { users } from '@/db/schema';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-backup-cli-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function run(script: string, dataDir: string, ...args: string[]) {
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), [`scripts/${script}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, UPLOADS_DIR: '' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('npm run db:backup / db:restore (embedded database)', () => {
  it(
    'refuses while the server holds the data folder, then backs up and restores once it is free',
    { timeout: 300_000 },
    async () => {
      const source = path.join(folder, 'source');
      fs.mkdirSync(path.join(source, 'uploads', '2026', '11'), { recursive: true });
      fs.writeFileSync(path.join(source, 'uploads', '2026', '11', 'photo.webp'), Buffer.from([1, 2, 3, 4]));
      const server = connect({ dataDir: path.join(source, 'pglite') });
      await server.migrate();
      await server.db
        .insert(users)
        .values({ email: 'cli@example.org', name: 'CLI', slug: 'cli', role: 'admin', passwordHash: 'hash' });

      const archive = path.join(folder, 'site.tar.gz');
      const refused = run('backup', source, archive);
      expect(refused.status).toBe(1);
      expect(refused.out).toMatch(/in use by process \d+/);
      expect(refused.out).toContain('/admin/settings');
      expect(fs.existsSync(archive)).toBe(false);
      await server.close();

      const backup = run('backup', source, archive);
      expect(backup.status, backup.out).toBe(0);
      expect(fs.statSync(archive).mode & 0o777).toBe(0o600);
      // An existing file (an earlier backup) is refused and left as it was.
      const before = fs.readFileSync(archive);
      const existing = run('backup', source, archive);
      expect(existing.status).toBe(1);
      expect(existing.out).toContain('already exists');
      expect(fs.readFileSync(archive)).toEqual(before);

      const target = path.join(folder, 'target');
      const restore = run('restore', target, archive);
      expect(restore.status, restore.out).toBe(0);
      expect(fs.readFileSync(path.join(target, 'uploads', '2026', '11', 'photo.webp'))).toEqual(
        Buffer.from([1, 2, 3, 4]),
      );
      const again = run('restore', target, archive);
      expect(again.status).toBe(1);
      expect(again.out).toContain('Restore refused');

      const restored = connect({ dataDir: path.join(target, 'pglite') });
      try {
        expect(await restored.db.select({ email: users.email, passwordHash: users.passwordHash }).from(users)).toEqual([
          { email: 'cli@example.org', passwordHash: 'hash' },
        ]);
      } finally {
        await restored.close();
      }
    },
  );
});
