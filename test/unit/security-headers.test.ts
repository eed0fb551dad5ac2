import { afterEach, describe, expect, it } from 'vitest';
import { adminCsp, applySecurityHeaders, newNonce, readerCsp } from '@/lib/security-headers';

const savedSiteUrl = process.env.SITE_URL;
afterEach(() => {
  if (savedSiteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = savedSiteUrl;
});

const directives = (csp: string) =>
  new Map(csp.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1).join(' ')]));

describe('security headers', () => {
  it('admin pages allow only scripts carrying the nonce and cannot be framed', () => {
    const csp = directives(adminCsp('abc123'));
    expect(csp.get('script-src')).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
  });

  it('reader pages get one fixed policy (cacheable) without a nonce', () => {
    const csp = directives(readerCsp());
    expect(readerCsp()).toBe(readerCsp());
    expect(readerCsp()).not.toContain('nonce-');
    expect(csp.get('frame-ancestors')).toBe("'self'");
    expect(csp.get('form-action')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
  });

  it('sends HSTS and upgrades requests only when the site is served over https', () => {
    process.env.SITE_URL = 'http://localhost:3000';
    const plain = new Headers();
    applySecurityHeaders(plain, { kind: 'reader' });
    expect(plain.get('strict-transport-security')).toBeNull();
    expect(plain.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    process.env.SITE_URL = 'https://news.example';
    const secure = new Headers();
    applySecurityHeaders(secure, { kind: 'reader' });
    expect(secure.get('strict-transport-security')).toBe('max-age=31536000');
    expect(secure.get('content-security-policy')).toContain('upgrade-insecure-requests');
    expect(secure.get('x-content-type-options')).toBe('nosniff');
    expect(secure.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(secure.get('permissions-policy')).toContain('camera=()');
  });

  it('nonces are fresh and unguessable', () => {
    const seen = new Set(Array.from({ length: 50 }, newNonce));
    expect(seen.size).toBe(50);
    for (const nonce of seen) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
