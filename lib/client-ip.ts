import { clientIpFrom } from './client-address.mjs';

/** The client address of a request (lib/client-address.mjs says which entry is trusted and why). */
export function clientIp(headers: Headers, hops?: number): string {
  return clientIpFrom(headers.get('x-forwarded-for'), headers.get('x-real-ip'), hops);
}
