/** What `acceptBeacon` and `uncountedReason` read of a request's headers (a `Headers` will do). */
export type HeaderReader = { get(name: string): string | null };
export type Uncounted = 'prefetch' | 'bot';
export type QueuedView = { articleId: number; visitor: string; at: Date };

export function uncountedReason(headers: HeaderReader): Uncounted | null;
export function visitorKey(ip: string, now: Date, secret: string): string;
export const MAX_BEACON_BYTES: number;
export function parseBeacon(body: string): number | null;
export const BATCH_MS: number;
export const MAX_BATCH: number;
export const COUNT_HEADER: string;
export function countToken(): string;
export function takeBatch(): QueuedView[];
export function acceptBeacon(
  headers: HeaderReader,
  body: string,
  now?: Date,
  secret?: string,
): 'lead' | 'queued' | 'ignored';
