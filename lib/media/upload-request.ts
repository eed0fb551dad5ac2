import { MAX_UPLOAD_BYTES } from './store';

/** One image plus its alternative text and the multipart framing around them. */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

export class BodyTooLargeError extends Error {
  constructor() {
    super('request body too large');
  }
}

/**
 * True when a browser says the request comes from this site: `Origin` must name the host the
 * request was sent to (or SITE_URL), and `Sec-Fetch-Site`, when sent, must be same-origin.
 * A request without `Origin` is refused: every browser sends it on a POST made by fetch().
 */
export function isSameOrigin(request: Request): boolean {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin') return false;
  const origin = request.headers.get('origin');
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const hosts = new Set<string>();
  const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  if (forwarded) hosts.add(forwarded);
  const host = request.headers.get('host');
  if (host) hosts.add(host);
  hosts.add(new URL(request.url).host);
  if (process.env.SITE_URL) {
    try {
      hosts.add(new URL(process.env.SITE_URL).host);
    } catch {
      // An invalid SITE_URL adds nothing.
    }
  }
  return hosts.has(originHost);
}

/** The declared length is over `limit` (checked before reading a byte). */
export function declaresTooMuch(request: Request, limit: number): boolean {
  const declared = Number(request.headers.get('content-length'));
  return Number.isFinite(declared) && declared > limit;
}

/**
 * Reads the body, stopping (and cancelling the upload) as soon as more than `limit` bytes have
 * arrived, so a chunked request without Content-Length cannot make the server hold more.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(new ArrayBuffer(total));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
