// The app's logger: JSON lines (pino) with the request id of the request being served, a
// redaction list for personal data and secrets, and errors serialized without bound query
// parameters (lib/log-core.mjs). Not marked `server-only` so that CLI scripts can use it too;
// it holds no secret and is never imported by a client component.
import type { Logger } from 'pino';
import { rootLogger, serializeError } from './log-core.mjs';

export type { Logger };

export const log: Logger = rootLogger();

/** A logger whose lines all carry `scope` (e.g. 'comments', 'admin-action'). */
export function scoped(scope: string): Logger {
  return log.child({ scope });
}

export { serializeError };
