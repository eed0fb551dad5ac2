import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { getEditorMessages } from '../lib/i18n/admin-editor';
import { signIn, signInThroughForm, staff } from './staff';

const ARTICLE = '/en/article/assembly-passes-2027-budget';
const ARTICLE_AR =
  '/ar/article/%D8%A7%D9%84%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A-%D9%8A%D8%B5%D8%A7%D8%AF%D9%82-%D8%B9%D9%84%D9%89-%D9%85%D9%8A%D8%B2%D8%A7%D9%86%D9%8A%D8%A9-2027';
const en = getEditorMessages('en');

function cspOf(response: APIResponse) {
  const csp = response.headers()['content-security-policy'] ?? '';
  return new Map(
    csp
      .split(/;\s*/)
      .filter(Boolean)
      .map((d) => [d.split(' ')[0]!, d.split(' ').slice(1).join(' ')]),
  );
}

function expectBaseHeaders(response: APIResponse) {
  const h = response.headers();
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  // The e2e server's SITE_URL is http: no HSTS (see test/unit/security-headers.test.ts for https).
  expect(h['strict-transport-security']).toBeUndefined();
}

test.describe('security headers', () => {
  test('reader pages stay cached with a fixed CSP; admin pages get a fresh nonce; resources are locked down', async ({
    page,
    request,
  }) => {
    const commentForm = page.waitForRequest((r) => r.url().includes('/api/comment-form?'));
    await page.goto(ARTICLE);
    const commentFormUrl = (await commentForm).url();
    const image = await page.locator('main img[src^="/media/"]').first().getAttribute('src');
    expect(image).toBeTruthy();

    for (const url of [ARTICLE, '/en']) {
      await request.get(url);
      const response = await request.get(url);
      expect(response.status()).toBe(200);
      expectBaseHeaders(response);
      // Still served from the page cache: the fixed policy does not make the page dynamic.
      expect(response.headers()['x-nextjs-cache']).toBe('HIT');
      const csp = cspOf(response);
      expect(csp.get('script-src')).toBe("'self' 'unsafe-inline'");
      expect(csp.get('object-src')).toBe("'none'");
      expect(csp.get('base-uri')).toBe("'none'");
      expect(csp.get('form-action')).toBe("'self'");
      expect(csp.get('frame-ancestors')).toBe("'self'");
      expect(response.headers()['content-security-policy']).not.toContain('nonce-');
    }

    const login1 = await request.get('/admin/login');
    const login2 = await request.get('/admin/login');
    expectBaseHeaders(login1);
    const nonce = (r: APIResponse) => /'nonce-([^']+)'/.exec(cspOf(r).get('script-src') ?? '')?.[1];
    expect(nonce(login1)).toBeTruthy();
    expect(nonce(login1)).not.toBe(nonce(login2));
    expect(cspOf(login1).get('script-src')).toContain("'strict-dynamic'");
    expect(cspOf(login1).get('frame-ancestors')).toBe("'none'");
    // Every script Next put on the page carries this response's nonce.
    const html = await login1.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce(login1)}"`);

    for (const url of [image!, commentFormUrl.replace(/^https?:\/\/[^/]+/, '')]) {
      const response = await request.get(url);
      expect(response.status()).toBe(200);
      expectBaseHeaders(response);
      expect(cspOf(response).get('default-src')).toBe("'none'");
      expect(cspOf(response).get('frame-ancestors')).toBe("'none'");
    }
  });
});

test.describe('request size', () => {
  test('a 1 MB comment without JavaScript gets a clear localized 413 page and stores nothing', async ({ browser }) => {
    // Playwright's checks before each action walk a page holding 1 MB of text: slow, not stuck.
    test.setTimeout(240_000);
    const marker = `oversized${Date.now()}`;
    for (const [url, message] of [
      [`${ARTICLE}/comment`, 'What you sent is larger than this form accepts, so nothing was saved.'],
      [`${ARTICLE_AR}/comment`, 'ما أرسلته أكبر مما يقبله هذا النموذج، لذلك لم يُحفظ شيء.'],
    ] as const) {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(url);
      await page.getByLabel(/^Name|^الاسم/).fill('Big Sender');
      await page.getByLabel(/^Email|^البريد/).fill('big@example.net');
      const body = page.getByLabel(/^Comment|^التعليق/);
      // A script the page does not run (JavaScript is off for the page, not for the test).
      await body.evaluate(
        (el, text) => {
          el.removeAttribute('maxlength');
          (el as HTMLTextAreaElement).value = text;
        },
        `${marker} ${'x'.repeat(1024 * 1024)}`,
      );
      const answer = page.waitForResponse((r) => r.request().method() === 'POST');
      // Located by CSS: an accessibility-tree query over a page holding 1 MB of text is slow.
      await page
        .locator('form:has(textarea[name="body"]) button', { hasText: /^(Post comment|انشر التعليق)$/ })
        .click();
      const response = await answer;
      expect(response.status()).toBe(413);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(message)).toBeVisible();
      await context.close();
    }

    const admin = await browser.newContext();
    const page = await admin.newPage();
    await signIn(page, 'admin', '/admin/comments');
    for (const status of ['pending', 'approved', 'spam', 'trash']) {
      await page.goto(`/admin/comments?status=${status}&q=${marker}`);
      await expect(page.getByText('No comments here.')).toBeVisible();
    }
    await admin.close();
  });

  test('with JavaScript, an oversized comment is stopped in the page with the message, keeping what was typed', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(ARTICLE);
    await page.getByLabel(/^Name/).fill('Big Sender');
    await page.getByLabel(/^Email/).fill('big@example.net');
    await expect(page.getByLabel(/Solve/)).toBeVisible();
    const body = page.getByLabel(/^Comment/);
    const text = `oversized-js ${'x'.repeat(200 * 1024)}`;
    await body.evaluate((el, value) => {
      el.removeAttribute('maxlength');
      (el as HTMLTextAreaElement).value = value;
    }, text);
    await page.getByLabel(/Solve/).fill('1');
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    await page.locator('form:has(textarea[name="body"]) button', { hasText: /^Post comment$/ }).click();
    // Refused in the page, before sending: the proxy would answer 413 and the answer be lost.
    await expect(page.getByText('What you sent is larger than this form accepts, so nothing was saved.')).toBeVisible();
    expect(posts).toEqual([]);
    await expect(page.getByLabel(/^Name/)).toHaveValue('Big Sender');
    expect(await body.evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(text.length);
  });

  test('a server action POST over the public limit is answered 413 before it runs', async ({ request }) => {
    const response = await request.post(ARTICLE, {
      headers: {
        'next-action': '0'.repeat(42),
        accept: 'text/x-component',
        'content-type': 'text/plain;charset=UTF-8',
      },
      data: 'x'.repeat(1024 * 1024),
    });
    expect(response.status()).toBe(413);
    // Exactly text/plain: Next's client then throws an Error carrying this message.
    expect(response.headers()['content-type']).toBe('text/plain');
    expect(await response.text()).toContain('nothing was saved');
  });
});

/** A real decompression bomb: 30000 × 30000 one-bit grey pixels in about 100 kB. */
function bombPng(file: string) {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = table[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const side = 30_000;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 1;
  const raw = Buffer.alloc((1 + side / 8) * side);
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  fs.writeFileSync(file, png);
}

test.describe('image uploads', () => {
  test('the upload route refuses strangers, other sites and oversized bodies before reading them', async ({
    request,
    baseURL,
    page,
  }) => {
    const multipart = {
      file: { name: 'a.png', mimeType: 'image/png', buffer: Buffer.from('x') },
      alt: 'A',
      locale: 'en',
    };
    const anonymous = await request.post('/api/admin/media', { headers: { origin: baseURL! }, multipart });
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()['x-content-type-options']).toBe('nosniff');

    await signIn(page, 'editor');
    const signedIn = page.request;
    const foreign = await signedIn.post('/api/admin/media', { headers: { origin: 'http://evil.example' }, multipart });
    expect(foreign.status()).toBe(403);
    const big = await signedIn.post('/api/admin/media', {
      headers: { origin: baseURL! },
      multipart: {
        ...multipart,
        file: { name: 'big.png', mimeType: 'image/png', buffer: Buffer.alloc(11 * 1024 * 1024) },
      },
    });
    expect(big.status()).toBe(413);
    expect(await big.json()).toMatchObject({ status: 'invalid', fieldErrors: { file: en.image.errors['too-large'] } });
  });

  test('a decompression-bomb PNG is refused with a clear message next to the file field', async ({ page }) => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-bomb-'));
    const file = path.join(folder, 'bomb.png');
    bombPng(file);
    expect(fs.statSync(file).size).toBeLessThan(200_000);
    await signIn(page, 'editor', '/admin/articles/new');
    const upload = page.waitForResponse((r) => r.url().endsWith('/api/admin/media'));
    await page.getByLabel('Image file').first().setInputFiles(file);
    await page.getByLabel('Alternative text').first().fill('A chart');
    await page.getByRole('button', { name: en.image.upload }).first().click();
    expect((await upload).status()).toBe(422);
    await expect(page.getByLabel('Image file').first()).toHaveAccessibleDescription(
      new RegExp(en.image.errors['too-many-pixels'].replace(/[()]/g, '\\$&')),
    );
    fs.rmSync(folder, { recursive: true, force: true });
  });
});

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
