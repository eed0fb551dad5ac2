import { connectFromEnv, type Connection } from '../db/connect';

let connection: Connection | undefined;
try {
  connection = connectFromEnv();
  await connection.migrate();
  console.log(`Migrations applied (${connection.kind}).`);
} catch (error) {
  console.error('Migration failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await connection?.close();
}
