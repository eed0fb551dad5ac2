import crypto from 'node:crypto';
import postgres from 'postgres';
import { connect, type Connection } from '@/db/connect';

/**
 * A migrated, empty database for one test file: a fresh PGlite in memory, or — when
 * DATABASE_URL is set — a new database on that server, dropped afterwards, so runs never
 * see each other's rows.
 */
export async function createTestDatabase(): Promise<Connection & { label: string; dispose: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const connection = connect({ dataDir: 'memory' });
    await connection.migrate();
    return { ...connection, label: 'pglite', dispose: connection.close };
  }
  const name = `maydan_test_${crypto.randomBytes(5).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = connect({ url: url.toString() });
  await connection.migrate();
  return {
    ...connection,
    label: 'postgres',
    dispose: async () => {
      await connection.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
