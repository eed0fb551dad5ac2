import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-lock-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('PGlite data folder lock', () => {
  it('lets one process hold the folder and gives any other a clear error', async () => {
    const dataDir = path.join(folder, 'pglite');
    const connection = connect({ dataDir });
    await connection.migrate();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(true);
    let output = '';
    try {
      execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/migrate.ts'], {
        env: { ...process.env, DATABASE_URL: '', DATA_DIR: folder },
        stdio: 'pipe',
      });
    } catch (error) {
      output = String((error as { stderr: Buffer }).stderr);
    }
    expect(output).toMatch(/in use by process \d+/);
    await connection.close();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
    // Once released, another process opens it.
    const again = execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/migrate.ts'], {
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: folder },
    });
    expect(String(again)).toContain('Migrations applied (pglite)');
  });

  it('refuses to open the database during next build', () => {
    const previous = process.env.NEXT_PHASE;
    process.env.NEXT_PHASE = 'phase-production-build';
    try {
      expect(() => connect({ dataDir: 'memory' })).toThrow(/next build/);
    } finally {
      process.env.NEXT_PHASE = previous;
    }
  });
});
