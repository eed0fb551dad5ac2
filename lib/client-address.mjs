/**
 * The client address for rate limits and view counts, from the X-Forwarded-For chain. Next.js
 * fills X-Forwarded-For with the socket address when no proxy sent one; a reverse proxy appends
 * the address it saw. The trustworthy entry is therefore the one added by the last trusted hop:
 * with TRUSTED_PROXY_HOPS=1 (the default, one reverse proxy or none) the rightmost, with 2 the
 * one before it, and so on. Plain JavaScript: the server (scripts/server.mjs) uses it too.
 */
export function clientIpFrom(forwardedFor, realIp, hops = Number(process.env.TRUSTED_PROXY_HOPS || 1)) {
  const chain = (forwardedFor ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const index = chain.length - Math.max(1, Math.floor(hops) || 1);
  return chain[Math.max(0, index)] ?? realIp ?? 'unknown';
}
