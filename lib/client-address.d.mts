export function clientIpFrom(
  forwardedFor: string | null | undefined,
  realIp: string | null | undefined,
  hops?: number,
): string;
