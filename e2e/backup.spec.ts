import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Browser } from '@playwright/test';
import { expect, test } from './support/test';

const root = process.cwd();
const secrets = {
  AUTH_SECRET: 'e2e-auth-secret-not-for-production-0123456789',
  CAPTCHA_SECRET: 'e2e-captcha-secret-not-for-production-0123456789',
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The main text and featured image of a page, as a reader without JavaScript gets it. */
async function readPage(browser: Browser, url: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    const text = await page.locator('main').innerText();
    const image = await page.locator('main article img').first().getAttribute('src');
    const imageBytes = image
      ? Buffer.from(await (await page.request.get(new URL(image, url).toString())).body())
      : null;
    return { text, image, imageBytes };
  } finally {
    await context.close();
  }
}

test.describe('backup and restore', () => {
  test('the backup download is for signed-in administrators of this site only', async ({ page, request, signIn }) => {
    expect((await request.get('/api/admin/backup')).status()).toBe(401);
    await signIn(page, 'editor');
    expect((await page.request.get('/api/admin/backup')).status()).toBe(403);
  });

  test('an administrator downloads a backup; restored into a fresh DATA_DIR it serves the same site', async ({
    page,
    browser,
    baseURL,
    signIn,
  }) => {
    test.setTimeout(300_000);
    await signIn(page, 'admin', '/admin/settings');
    await page.goto('/admin/settings');
    await expect(page.getByRole('heading', { name: 'Backup' })).toBeVisible();
    const crossSite = await page.request.get('/api/admin/backup', { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status()).toBe(403);

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download backup' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^maydan-backup-.*\.tar\.gz$/);
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-e2e-backup-'));
    const archive = path.join(work, download.suggestedFilename());
    await download.saveAs(archive);

    await page.goto('/admin/audit');
    await expect(page.getByRole('cell', { name: 'Backup downloaded' }).first()).toBeVisible();

    const dataDir = path.join(work, 'data');
    const env = { ...process.env, ...secrets, DATA_DIR: dataDir, DATABASE_URL: '', UPLOADS_DIR: '' };
    const restore = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/restore.ts', archive], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    expect(restore.status, `${restore.stdout}${restore.stderr}`).toBe(0);

    const port = await freePort();
    const restoredUrl = `http://127.0.0.1:${port}`;
    let server: ChildProcess | undefined;
    try {
      server = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
        cwd: root,
        env: { ...env, SITE_URL: baseURL },
        stdio: 'ignore',
      });
      await expect
        .poll(async () => (await fetch(`${restoredUrl}/en`).catch(() => null))?.status ?? 0, {
          timeout: 120_000,
          intervals: [500],
        })
        .toBe(200);

      await page.goto('/en');
      // A story with its featured image (other specs publish stories without one at any time).
      const articleHref = await page
        .locator('main article:has(img) a[href^="/en/article/"]')
        .first()
        .getAttribute('href');
      expect(articleHref).toBeTruthy();
      const original = await readPage(browser, `${baseURL}${articleHref}`);
      const restored = await readPage(browser, `${restoredUrl}${articleHref}`);
      expect(restored.text).toBe(original.text);
      expect(restored.image).toBe(original.image);
      expect(restored.imageBytes?.length).toBeGreaterThan(0);
      expect(restored.imageBytes?.equals(original.imageBytes ?? Buffer.alloc(0))).toBe(true);

      // The restored users can sign in with their passwords.
      const context = await browser.newContext({ baseURL: restoredUrl });
      await signIn(await context.newPage(), 'admin', '/admin/settings');
      await context.close();
    } finally {
      server?.kill('SIGTERM');
      if (server && server.exitCode === null) await new Promise((resolve) => server!.once('exit', resolve));
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
