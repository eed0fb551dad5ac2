import 'server-only';
import { connectFromEnv, type Connection, type Db } from './connect';

// One connection per process: Turbopack may evaluate this module more than once.
const globalForDb = globalThis as unknown as { maydanConnection?: Connection };

export function getDb(): Db {
  globalForDb.maydanConnection ??= connectFromEnv();
  return globalForDb.maydanConnection.db;
}

export * as schema from './schema';
