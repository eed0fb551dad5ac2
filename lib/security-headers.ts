// Imported by proxy.ts and route handlers: no `server-only`, no database.

/** Directives shared by every page. `img-src https:` because imported bodies may link images. */
const common = [
  "default-src 'self'",
  "img-src 'self' data: blob: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
];

function siteIsHttps(): boolean {
  return /^https:\/\//i.test(process.env.SITE_URL ?? '');
}

/**
 * Admin pages render per request, so their scripts carry a fresh nonce (Next reads it from the
 * request's CSP header) and nothing else runs: an injected `<script>` is refused by the browser.
 * Styles keep 'unsafe-inline': the editor (Tiptap) and React `style` attributes set them inline.
 */
export function adminCsp(nonce: string): string {
  const dev = process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : '';
  return [
    ...common,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev}`,
    "style-src 'self' 'unsafe-inline'",
    "frame-ancestors 'none'",
    ...(siteIsHttps() ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/**
 * Reader pages are served from the page cache, so they cannot carry a per-request nonce, and
 * their inline scripts (Next's RSC payload, `self.__next_f.push(...)`) differ per page and per
 * build, so no fixed hash list can name them; Next's experimental SRI covers only external
 * script files. Scripts are therefore limited to this origin plus inline; everything else is
 * as strict as for admin pages. Bodies are sanitized and comments escaped on every path.
 */
export function readerCsp(): string {
  const dev = process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : '';
  return [
    ...common,
    `script-src 'self' 'unsafe-inline'${dev}`,
    "style-src 'self' 'unsafe-inline'",
    "frame-ancestors 'self'",
    ...(siteIsHttps() ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()';

export type HeaderKind =
  { kind: 'admin'; nonce: string } | { kind: 'reader' } | { kind: 'auth' } | { kind: 'resource' };

/** Auth.js's own pages (sign-out confirmation, errors): inline styles, no script at all. */
const AUTH_CSP = [...common, "script-src 'none'", "style-src 'self' 'unsafe-inline'", "frame-ancestors 'none'"].join(
  '; ',
);

/**
 * Headers every response carries. `resource` is for answers that are not pages (images, JSON):
 * nothing in them may load or run anything, and no one may frame them.
 */
export function applySecurityHeaders(headers: Headers, target: HeaderKind): void {
  headers.set('x-content-type-options', 'nosniff');
  headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  headers.set('permissions-policy', PERMISSIONS_POLICY);
  if (siteIsHttps()) headers.set('strict-transport-security', 'max-age=31536000');
  if (target.kind === 'admin') {
    headers.set('content-security-policy', adminCsp(target.nonce));
    headers.set('x-frame-options', 'DENY');
  } else if (target.kind === 'reader') {
    headers.set('content-security-policy', readerCsp());
    headers.set('x-frame-options', 'SAMEORIGIN');
  } else if (target.kind === 'auth') {
    headers.set('content-security-policy', AUTH_CSP);
    headers.set('x-frame-options', 'DENY');
  } else {
    headers.set('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
  }
}

/** 128 random bits, base64: unguessable per response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
