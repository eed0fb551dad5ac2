/** Socket and postgres.js codes meaning the server cannot be reached or the connection was lost. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);

/** SQLSTATEs of a server that is going away or not accepting connections yet. */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);

/**
 * True when an error (or any error it wraps: Drizzle puts the driver's error in `cause`) says
 * the database is unreachable, as opposed to a query that failed. The first is worth a "try
 * again shortly"; the second is a bug.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, cause, errors, message } = error as {
    code?: unknown;
    cause?: unknown;
    errors?: unknown;
    message?: unknown;
  };
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith('08')))
    return true;
  // PGlite after close(): the embedded database is gone for this process.
  if (typeof message === 'string' && /PGlite is closed/i.test(message)) return true;
  if (Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

/** The read's result, or `fallback` when the database is unreachable (other errors still throw). */
export async function unlessUnavailable<T>(read: Promise<T>, fallback: T): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.error(
      `[comments] database unreachable; showing the comment form without stored data: ${errorSummary(error)}`,
    );
    return fallback;
  }
}

/**
 * A loggable description of a database error: the driver's code and message, never the
 * query's parameters (Drizzle puts them, emails and comment text included, in its message).
 */
export function errorSummary(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { name, code, message, cause, query } = current as {
      name?: unknown;
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      query?: unknown;
    };
    const hasParams = typeof query === 'string';
    parts.push(
      [name, code, hasParams ? `query: ${query}` : message].filter((p) => typeof p === 'string' && p).join(' '),
    );
    current = cause;
  }
  return parts.join(' ← ') || String(error);
}
