import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { signInThroughForm, staff } from './staff';

/**
 * A second server on its own data folder, so that the test can write to its embedded database
 * before the server holds it: an article body with a <script>, bypassing the sanitizer.
 */
test.describe('CSP on staff pages', () => {
  test.describe.configure({ mode: 'serial' });
  const port = Number(process.env.E2E_PORT || 3100) + 1000;
  const baseURL = `http://127.0.0.1:${port}`;
  const root = process.cwd();
  const dataDir = path.join(root, `.data-e2e-csp-${port}`);
  let server: ChildProcess | undefined;
  let articleId = 0;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    fs.rmSync(dataDir, { recursive: true, force: true });
    const env = {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      SITE_URL: baseURL,
      AUTH_SECRET: 'e2e-auth-secret-not-for-production-0123456789',
      CAPTCHA_SECRET: 'e2e-captcha-secret-not-for-production-0123456789',
    };
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    const run = (args: string[]) => {
      const result = spawnSync(tsx, args, { env, cwd: root, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
      return result.stdout;
    };
    run(['scripts/seed.ts']);
    const who = staff.editor;
    run([
      'scripts/user.ts',
      'create',
      '--email',
      who.email,
      '--name',
      who.name,
      '--role',
      'editor',
      '--password',
      who.password,
      '--locale',
      'en',
    ]);
    // Inside the project, so that its node_modules resolve.
    const inject = path.join(dataDir, 'inject.mts');
    fs.writeFileSync(
      inject,
      `import { eq } from 'drizzle-orm';
import { connect } from ${JSON.stringify(path.join(root, 'db/connect.ts'))};
import { articles } from ${JSON.stringify(path.join(root, 'db/schema.ts'))};
const c = connect({ dataDir: ${JSON.stringify(path.join(dataDir, 'pglite'))} });
const [a] = await c.db.select({ id: articles.id, body: articles.body }).from(articles).where(eq(articles.locale, 'en')).limit(1);
await c.db.update(articles).set({ body: a.body + '<p>Injected below.</p><script>window.__maydanInjected = true;</script>' }).where(eq(articles.id, a.id));
await c.close();
console.log('ARTICLE=' + a.id);
`,
    );
    articleId = Number(/ARTICLE=(\d+)/.exec(run([inject]))![1]);
    fs.rmSync(inject);
    server = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
      env,
      cwd: root,
      stdio: 'ignore',
    });
    await expect
      .poll(
        async () =>
          fetch(`${baseURL}/en`)
            .then((r) => r.status)
            .catch(() => 0),
        { timeout: 120_000, intervals: [500] },
      )
      .toBe(200);
  });

  test.afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function recordViolations(page: Page) {
    // Added through the DevTools protocol, which the page's CSP does not govern.
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    });
  }

  test('a <script> stored in an article body does not run on the staff preview; the editor still works', async ({
    browser,
  }) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await recordViolations(page);
    // This server has its own database: the session the other tests share means nothing here.
    await signInThroughForm(page, 'editor', `/en/preview/${articleId}`);
    await page.goto(`/en/preview/${articleId}`);
    await expect(page.getByText('Injected below.')).toBeVisible();
    // The script is in the page, and Chromium refused it.
    // (Playwright's text matching skips script contents, so the DOM is asked directly.)
    expect(
      await page.evaluate(
        () => [...document.scripts].filter((s) => s.textContent === 'window.__maydanInjected = true;').length,
      ),
    ).toBe(1);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (window as unknown as { __violations: string[] }).__violations.filter((v) =>
              /^script-src(-elem)? inline$/.test(v),
            ).length,
        ),
      )
      .toBeGreaterThan(0);
    expect(
      await page.evaluate(() => (window as unknown as { __maydanInjected?: boolean }).__maydanInjected),
    ).toBeUndefined();

    // The editor (Tiptap) runs under the same policy without any violation.
    await page.goto(`/admin/articles/${articleId}`);
    const body = page.getByRole('textbox', { name: /^Body$/ });
    await body.click();
    await page.keyboard.type(' typed under CSP');
    await expect(body).toContainText('typed under CSP');
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    await context.close();
  });
});
