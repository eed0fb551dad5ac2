import 'server-only';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { cookies, headers } from 'next/headers';
import type { FormState } from '@/lib/form-state';

/**
 * A form's answer carried across a redirect, for browsers without JavaScript. On these
 * per-request admin pages React's action state does not survive a plain form post (see shared
 * NEXT16-NOTES, "Forms without JavaScript"), so the action redirects (post/redirect/get) and
 * leaves what was typed and the errors in a short-lived, encrypted, HttpOnly cookie, never in
 * the URL. The URL only carries a nonce, so the state shows on that one page.
 */
const COOKIE = 'maydan.form-state';
const MAX_AGE_S = 120;
/** Browsers keep cookies up to about 4 KB; what does not fit falls back to the stored values. */
const MAX_SEALED_CHARS = 3800;

type Carried = { n: string; k: string; s: FormState };

function sealingKey(): Buffer | null {
  const secret = process.env.AUTH_SECRET;
  return secret ? Buffer.from(crypto.hkdfSync('sha256', secret, 'maydan', 'admin form state', 32)) : null;
}

function seal(data: Carried, key: Buffer): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(zlib.brotliCompressSync(JSON.stringify(data))), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

function unseal(token: string, key: Buffer): Carried | null {
  try {
    const raw = Buffer.from(token, 'base64url');
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
    return JSON.parse(zlib.brotliDecompressSync(plain).toString('utf8')) as Carried;
  } catch {
    return null;
  }
}

/** A browser's own form post carries no Next-Action header: React's returned state cannot reach it. */
export async function postedWithoutScript(): Promise<boolean> {
  return !(await headers()).has('next-action');
}

/** Keeps `state` for the next page; answers the nonce that page's URL must carry (null without a secret). */
export async function keepFormState(formKey: string, state: FormState): Promise<string | null> {
  const key = sealingKey();
  if (!key) return null;
  const nonce = crypto.randomBytes(9).toString('base64url');
  const values = { ...state.values };
  let sealed = seal({ n: nonce, k: formKey, s: { ...state, values } }, key);
  // Too long to carry: drop the longest values first; the messages always fit.
  const longestFirst = Object.keys(values).sort((a, b) => (values[b]?.length ?? 0) - (values[a]?.length ?? 0));
  for (const name of longestFirst) {
    if (sealed.length <= MAX_SEALED_CHARS) break;
    delete values[name];
    sealed = seal({ n: nonce, k: formKey, s: { ...state, values } }, key);
  }
  (await cookies()).set(COOKIE, sealed, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/admin',
    maxAge: MAX_AGE_S,
    secure: process.env.NODE_ENV === 'production' && Boolean(process.env.SITE_URL?.startsWith('https:')),
  });
  return nonce;
}

/** The state kept under `nonce`, if this browser has it. */
export async function readFormState(nonce: string | undefined): Promise<{ key: string; state: FormState } | null> {
  if (!nonce) return null;
  const key = sealingKey();
  const token = (await cookies()).get(COOKIE)?.value;
  if (!key || !token) return null;
  const carried = unseal(token, key);
  return carried && carried.n === nonce ? { key: carried.k, state: carried.s } : null;
}
