/**
 * The client address for rate limits. Next.js fills X-Forwarded-For with the socket address
 * when no proxy sent one; a reverse proxy appends the address it saw. The trustworthy entry is
 * therefore the one added by the last trusted hop: with TRUSTED_PROXY_HOPS=1 (the default,
 * one reverse proxy or none) the rightmost, with 2 the one before it, and so on.
 */
export function clientIp(headers: Headers, hops = Number(process.env.TRUSTED_PROXY_HOPS || 1)): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const index = chain.length - Math.max(1, Math.floor(hops) || 1);
  return chain[Math.max(0, index)] ?? headers.get('x-real-ip') ?? 'unknown';
}
