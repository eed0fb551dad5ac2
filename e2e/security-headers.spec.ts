import { expect, test, type APIResponse } from '@playwright/test';
import { ARTICLE } from './support/pages/article-page';

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
